"""Shared fixtures: the seed report (skipped when absent, a failure under CI) and a small report of our own."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from provkg.core.text import normalise

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
SEED = SEEDS / "000_60a6c2e1ade88ae9.txt"


def require_seed() -> Path:
    """The seed report's path; skip when it is absent, except under CI where its absence is a failure."""
    if not SEED.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"seed report missing under CI: {SEED}")
        pytest.skip(f"seed report not found at {SEED} (it lives in ../shared/seeds beside the checkout)")
    return SEED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return normalise(require_seed().read_text(encoding="utf-8"))
