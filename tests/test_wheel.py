"""A wheel works outside the checkout: the data folders travel as package data, report texts never do."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, require_seed

pytestmark = pytest.mark.slow


def _run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def test_wheel_installs_outside_the_checkout_builds_and_answers_a_query(tmp_path: Path) -> None:
    seed = require_seed()
    wheels = tmp_path / "wheels"
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", wheels, ROOT, cwd=tmp_path)
    wheel = next(wheels.glob("provkg-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for data in ("provkg/_data/ontology/provkg.ttl", "provkg/_data/shapes/structure.ttl",
                 "provkg/_data/queries/grdp-by-sector.rq", "provkg/_data/data/reports.csv",
                 "provkg/serve/static/index.html", "provkg/publish/context.jsonld"):
        assert data in names, data
    assert not any(name.endswith(".txt") and "seeds" in name for name in names)
    assert "provkg/serve/sparql/report-figures.rq" in names and "provkg/publish/tidy.rq" in names
    if (ROOT / "web" / "node_modules" / "@zazuko" / "yasgui" / "build" / "yasgui.min.js").is_file():
        # the query editor installed by scripts/install.sh travels in the wheel (two files, not node_modules)
        assert {"provkg/_data/web/yasgui/yasgui.min.js", "provkg/_data/web/yasgui/yasgui.min.css"} <= set(names)
        assert not any("node_modules" in name for name in names)

    # A fresh venv outside the checkout; the dependencies come from this venv's site-packages (a .pth line), so
    # the test needs no network; provkg itself comes only from the wheel.
    fresh = tmp_path / "fresh"
    venv.create(fresh, with_pip=True)
    python = fresh / "bin" / "python"
    _run(python, "-m", "pip", "install", "-q", "--no-deps", "--no-index", wheel, cwd=tmp_path)
    site = _run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path).stdout
    (Path(site.strip()) / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    where = _run(python, "-c", "import provkg; print(provkg.__file__)", cwd=tmp_path).stdout
    assert str(fresh) in where

    provkg = fresh / "bin" / "provkg"
    store = tmp_path / "store"
    _run(provkg, "build", "--store", store, "--texts", seed.parent, cwd=tmp_path)
    answer = _run(provkg, "query", "grdp-by-sector", "--store", store, "--format", "csv", cwd=tmp_path).stdout
    assert len(answer.strip().splitlines()) > 3


def test_a_wheel_built_from_the_sdist_carries_the_data_and_nothing_stale(tmp_path: Path) -> None:
    stale = ROOT / "build" / "lib" / "provkg" / "stale_module.py"  # left by an older build
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_text("raise SystemExit('stale')\n", encoding="utf-8")
    _run(sys.executable, "-m", "build", "--sdist", "--outdir", tmp_path / "sdist", ROOT, cwd=tmp_path)
    sdist = next((tmp_path / "sdist").glob("provkg-*.tar.gz"))
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", tmp_path / "wheels", sdist, cwd=tmp_path)
    names = zipfile.ZipFile(next((tmp_path / "wheels").glob("provkg-*.whl"))).namelist()
    assert "provkg/_data/ontology/provkg.ttl" in names and "provkg/_data/queries/budget.rq" in names
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", tmp_path / "direct", ROOT, cwd=tmp_path)
    direct = zipfile.ZipFile(next((tmp_path / "direct").glob("provkg-*.whl"))).namelist()
    assert "provkg/stale_module.py" not in direct
