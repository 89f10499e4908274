"""Where the project's data folders are: ontology/, shapes/, queries/, data/.

In a source checkout they live at its top; a wheel carries a copy as package data (provkg/_data, put there by the
build hook in setup.py). PROVKG_HOME points elsewhere, e.g. to an edited copy of those folders.
"""

from __future__ import annotations

import os
from pathlib import Path

from provkg.core.errors import InputError


def project_home() -> Path:
    """The folder holding ontology/, shapes/, queries/ and data/."""
    configured = os.environ.get("PROVKG_HOME")
    if configured:
        home = Path(configured)
    else:
        checkout = Path(__file__).resolve().parents[3]
        home = checkout if (checkout / "ontology").is_dir() else Path(__file__).resolve().parents[1] / "_data"
    if not (home / "ontology").is_dir():
        raise InputError(f"no ontology/ folder under {home}: set PROVKG_HOME to the provkg checkout")
    return home


def data_dir(name: str) -> Path:
    """One of the project's data folders (``ontology``, ``shapes``, ``queries``, ``data``)."""
    return project_home() / name


ONTOLOGY_DIR_ENV = "PROVKG_ONTOLOGY_DIR"


def ontology_dir() -> Path:
    """The ontology folder: $PROVKG_ONTOLOGY_DIR (to try an edited ontology alone), else ``ontology/``."""
    override = os.environ.get(ONTOLOGY_DIR_ENV)
    return Path(override) if override else data_dir("ontology")


def default_texts_dirs() -> list[Path]:
    """Where report texts are looked up by name: the shared seeds folder beside the checkout (none for a wheel
    install without one: give --texts)."""
    return [project_home().parent / "shared" / "seeds"]
