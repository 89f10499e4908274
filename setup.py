"""Build hook: the top-level data folders (ontology/, shapes/, queries/, data/) go into the wheel as package data.

They stay at the top of the checkout (the project's layout); a wheel carries a copy under provkg/_data, which
provkg.core.paths finds when there is no checkout around the installed package. Editable installs read the
checkout's folders directly. Everything else is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DATA_FOLDERS = ("ontology", "shapes", "queries", "data")


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        root = Path(__file__).resolve().parent
        target = Path(self.build_lib) / "provkg" / "_data"
        shutil.rmtree(target, ignore_errors=True)  # a file removed from the checkout must not linger in the wheel
        for name in DATA_FOLDERS:
            shutil.copytree(root / name, target / name, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildPyWithData})
