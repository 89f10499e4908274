"""Build hook: the top-level data folders (ontology/, shapes/, queries/, data/, vocabularies/) go into the wheel as
package data, and so does the query editor's build when scripts/install.sh has installed it.

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
# The query editor's build, installed by scripts/install.sh (npm ci in web/): a wheel carries the two files it
# serves, under provkg/_data/web/yasgui (provkg.serve.pages.editor_assets finds them there).
EDITOR_BUILD = Path("web") / "node_modules" / "@zazuko" / "yasgui" / "build"
EDITOR_FILES = ("yasgui.min.js", "yasgui.min.css")
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
        if all((root / EDITOR_BUILD / name).is_file() for name in EDITOR_FILES):
            (target / "web" / "yasgui").mkdir(parents=True, exist_ok=True)
            for name in EDITOR_FILES:
                shutil.copy2(root / EDITOR_BUILD / name, target / "web" / "yasgui" / name)


setup(cmdclass={"build_py": BuildPyWithData})
