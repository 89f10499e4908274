"""Storage failures: a damaged, locked, full or read-only store is one line on stderr and exit code 2, naming the
store and the problem, and the store stays exactly as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from provkg.store.store import KnowledgeStore, StoreError
from test_server import PROVKG
from test_store import sample_graphs

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "tests" / "reports" / "ha-giang-2019.txt"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture()
def store_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    with KnowledgeStore.open(folder, create=True) as store:
        store.replace_graphs(sample_graphs())
    return folder


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file of the folder and its content hash: 'unchanged' means this is equal before and after."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name not in ("LOG", ".lock") and
            not p.name.startswith("LOG.old")}


def provkg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PROVKG, *args], capture_output=True, text=True, timeout=300, cwd=ROOT)


def assert_one_line(done: subprocess.CompletedProcess[str], store: Path, problem: str) -> None:
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"store {store}" in lines[0] and problem in lines[0], lines[0]


def generation(store: Path) -> Path:
    return store / (store / "CURRENT").read_text().strip()


@pytest.mark.parametrize("pointer, problem", [
    (b"gen-999\n", "names gen-999, which is missing"),
    (b"../../etc\n", "does not name a generation"),
    (b"", "does not name a generation"),
    (bytes(range(200, 256)), "does not name a generation"),
    (b"gen-1\ngen-2\n", "does not name a generation"),
])
def test_a_bad_pointer_file_is_refused_before_it_is_followed(store_dir: Path, pointer: bytes, problem: str) -> None:
    (store_dir / "CURRENT").write_bytes(pointer)
    before = fingerprint(store_dir)
    for args in (("query", COUNT), ("build"), ("ingest", str(REPORT))):
        done = provkg(*([args] if isinstance(args, str) else args), "--store", str(store_dir))
        assert_one_line(done, store_dir, problem)
    assert fingerprint(store_dir) == before


@pytest.mark.parametrize("damage", ["truncated", "garbled", "manifest missing"])
def test_a_damaged_database_is_named(store_dir: Path, damage: str) -> None:
    folder = generation(store_dir)
    tables = sorted(folder.glob("*.sst"))
    if damage == "manifest missing":
        next(folder.glob("MANIFEST-*")).unlink()
    for table in tables:
        if damage == "truncated":
            os.truncate(table, 10)
        elif damage == "garbled":
            data = bytearray(table.read_bytes())
            data[60:260] = bytes(200)
            table.write_bytes(bytes(data))
    before = fingerprint(store_dir)
    for args in (("query", COUNT), ("ingest", str(REPORT)), ("export",)):
        assert_one_line(provkg(*args, "--store", str(store_dir)), store_dir, "it is damaged")
    assert fingerprint(store_dir) == before


def test_a_locked_store_is_named(store_dir: Path) -> None:
    before = generation(store_dir)
    with KnowledgeStore.open(store_dir):  # another writer holds the lock
        done = provkg("ingest", str(REPORT), "--store", str(store_dir))
    assert_one_line(done, store_dir, "it is locked")
    assert generation(store_dir) == before


def test_storage_errors_are_store_errors_in_the_library(store_dir: Path) -> None:
    (store_dir / "CURRENT").write_text("nonsense\n")
    with pytest.raises(StoreError, match="pointer file CURRENT"):
        KnowledgeStore.open(store_dir, read_only=True)


# -- a full disk and a read-only file system, for real: a small tmpfs in a private mount namespace (root only) --

_CAN_MOUNT = os.geteuid() == 0 and shutil.which("unshare") is not None and shutil.which("mount") is not None


def in_tmpfs(store_dir: Path, size_kb: int, script: str) -> subprocess.CompletedProcess[str]:
    """Run ``script`` (bash; $P is provkg, $S the store) with the store copied into a tmpfs of ``size_kb``."""
    mount_point = store_dir.parent / "mnt"
    mount_point.mkdir()
    program = (
        f"set -u; mount -t tmpfs -o size={size_kb}k tmpfs {mount_point} || exit 97\n"
        f"cp -a {store_dir} {mount_point}/store || exit 98\n"
        f"P={PROVKG}; S={mount_point}/store\n{script}"
    )
    done = subprocess.run(["unshare", "-m", "bash", "-c", program], capture_output=True, text=True, timeout=300,
                          cwd=ROOT)
    if done.returncode in (97, 98):
        pytest.skip(f"cannot set up a tmpfs here: {done.stderr.strip()}")
    return done


def _size_kb(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) // 1024


@pytest.mark.skipif(not _CAN_MOUNT, reason="needs root and unshare to mount a small tmpfs")
def test_a_full_disk_is_named_and_the_store_unchanged(store_dir: Path) -> None:
    script = (
        f'$P query "{COUNT}" --store $S --format csv | tail -1 | sed "s/^/count before /"\n'
        'before=$(cat $S/CURRENT); ls $S > /tmp/.provkg-before-$$\n'
        '$P build --store $S 2> $S.err; echo "rc=$?"\n'
        'cat $S.err\n'
        '[ "$(cat $S/CURRENT)" = "$before" ] && echo "pointer unchanged"\n'
        'ls $S | diff - /tmp/.provkg-before-$$ > /dev/null && echo "folders unchanged"; rm -f /tmp/.provkg-before-$$\n'
        f'$P query "{COUNT}" --store $S --format csv\n'
    )
    done = in_tmpfs(store_dir, _size_kb(store_dir) + 400, script)
    out = done.stdout
    assert "rc=2" in out, out + done.stderr
    error_lines = [line for line in out.splitlines() if line.startswith("provkg: error:")]
    assert len(error_lines) == 1 and "the disk is full" in error_lines[0] and "unchanged" in error_lines[0]
    assert "Traceback" not in out
    assert "pointer unchanged" in out and "folders unchanged" in out
    counted = next(line for line in out.splitlines() if line.startswith("count before "))
    assert out.strip().splitlines()[-1] == counted.removeprefix("count before ")  # it answers as it did


@pytest.mark.skipif(not _CAN_MOUNT, reason="needs root and unshare to mount a small tmpfs")
def test_a_read_only_store_is_named(store_dir: Path) -> None:
    script = (
        f'mount -o remount,ro {store_dir.parent / "mnt"}\n'
        '$P ingest ' + str(REPORT) + ' --store $S 2> /tmp/.provkg-err-$$; echo "rc=$?"; cat /tmp/.provkg-err-$$\n'
        'rm -f /tmp/.provkg-err-$$\n'
        f'$P query "{COUNT}" --store $S --format csv\n'
    )
    done = in_tmpfs(store_dir, _size_kb(store_dir) + 4096, script)
    out = done.stdout + done.stderr
    assert "rc=2" in out, out
    error_lines = [line for line in out.splitlines() if line.startswith("provkg: error:")]
    assert len(error_lines) == 1 and "read-only file system" in error_lines[0], out
    assert out.strip().splitlines()[-1].isdigit()  # reading a read-only store still works
