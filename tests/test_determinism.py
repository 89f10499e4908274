"""Extraction gives the same figures in every process: nothing may depend on the order Python happens to iterate a
set in, which changes with the interpreter's hash seed (a concept with two broader concepts once got either
sibling, run to run: regression test)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import require_seed

_EXTRACT = """
import json, sys
from pathlib import Path
from provkg.core.text import normalise
from provkg.extract.extractor import extract
text = normalise(Path(sys.argv[1]).read_text(encoding="utf-8"))
print(json.dumps([[f.start, f.indicator, f.period, f.status, f.measure, f.parent, f.project]
                  for f in extract(text).figures], ensure_ascii=False))
"""


def _figures(path: Path, hash_seed: int) -> list[list[object]]:
    env = {**os.environ, "PYTHONHASHSEED": str(hash_seed)}
    done = subprocess.run([sys.executable, "-c", _EXTRACT, str(path)], env=env, capture_output=True, text=True,
                          check=True, timeout=600)
    return json.loads(done.stdout)


def test_extraction_does_not_depend_on_the_hash_seed() -> None:
    seed = require_seed()
    first = _figures(seed, 1)
    assert first
    for hash_seed in (2, 3, 4):
        assert _figures(seed, hash_seed) == first, hash_seed
