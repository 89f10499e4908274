"""Build hook: the top-level data folders (ontology/, shapes/, queries/, data/, vocabularies/) go into the wheel as
package data.

They stay at the top of the checkout (the project's layout); a wheel carries a copy under provkg/_data, which
provkg.core.paths finds when there is no checkout around the installed package. Editable installs read the
checkout's folders directly. MANIFEST.in puts the same folders in the sdist, so a wheel built from it has them too.
Everything else is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DATA_FOLDERS = ("ontology", "shapes", "queries", "data", "vocabularies")
# Only data files travel: editor backups, notes and caches left in a folder do not.
DATA_PATTERNS = ("*.ttl", "*.toml", "*.rq", "*.csv", "*.md")


class BuildPyWithData(build_py):
    def run(self) -> None:
        if not getattr(self, "editable_mode", False):
            # setuptools reuses build/lib: a module moved or deleted since the last build must not reach the wheel
            shutil.rmtree(Path(self.build_lib) / "provkg", ignore_errors=True)
        super().run()
        if getattr(self, "editable_mode", False):
            return
        root = Path(__file__).resolve().parent
        target = Path(self.build_lib) / "provkg" / "_data"
        for name in DATA_FOLDERS:
            for pattern in DATA_PATTERNS:
                for source in (root / name).rglob(pattern):
                    destination = target / source.relative_to(root)
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(source, destination)


setup(cmdclass={"build_py": BuildPyWithData})
