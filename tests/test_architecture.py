"""The folder tree is the architecture: stages import only from the stages before them."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "provkg"
# Each stage and the stages it may import from (cli.py, the thin front, may import any).
ALLOWED = {
    "core": set(),
    "reference": {"core"},
    "read": {"core", "reference"},  # the header reads province names from the reference data (architecture.md)
    "extract": {"core", "reference", "read"},
    "validate": {"core"},
    "store": {"core"},
    "pipeline": {"core", "reference", "read", "extract", "validate", "store"},
    "publish": {"core", "reference", "store"},
    "serve": {"core", "reference", "store", "publish"},
    "evaluate": {"core", "reference", "read", "extract", "pipeline", "validate"},
    "bench": {"core", "reference", "extract", "pipeline", "validate", "store", "publish"},
}


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("provkg."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("provkg.")}
    return found


def test_every_module_belongs_to_a_stage() -> None:
    loose = [p.name for p in PACKAGE.glob("*.py") if p.name not in ("__init__.py", "cli.py")]
    assert loose == []
    assert {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()} == set(ALLOWED)


def test_stages_import_only_earlier_stages() -> None:
    for stage, allowed in ALLOWED.items():
        for path in (PACKAGE / stage).rglob("*.py"):
            wrong = _imports(path) - allowed - {stage}
            assert not wrong, f"{path.relative_to(PACKAGE)} imports {sorted(wrong)}"
