"""Screenshots of the pages of `provkg serve` for docs/screenshots/ and the README, taken in headless Chromium on
dev reports of the corpus (written for the project in its own words; never the seed, whose sentences must not
enter the repository, and never a held-out report).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Ingests the dev reports named below into a temporary store, serves it, and saves one PNG per page type.
"""

from __future__ import annotations

import argparse
import base64
import csv
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from provkg.pipeline.ingest import ingest  # noqa: E402
from provkg.serve.server import ServeOptions, make_server  # noqa: E402
from test_server import Browser, _chromium  # noqa: E402  (the DevTools driver of the tests)

REPORTS = ("hai-duong-2022-Q1", "khanh-hoa-2025-H1", "lam-dong-2024-H1", "quang-ngai-2021-H1-stc", "nghe-an-2019-9M")


def dev_texts() -> list[Path]:
    with (ROOT / "corpus" / "manifest.csv").open(encoding="utf-8") as handle:
        roles = {row["id"]: row["role"] for row in csv.DictReader(handle)}
    if any(roles.get(name) != "dev" for name in REPORTS):
        raise SystemExit("screenshots are taken on dev reports only")
    return [ROOT / "corpus" / "texts" / f"{name}.txt" for name in REPORTS]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "store"
        # the server indexes every text of its folders: it gets copies of the dev texts alone (corpus/texts holds
        # held-out reports too, which nothing here may read)
        texts = Path(folder) / "texts"
        texts.mkdir()
        for path in dev_texts():
            shutil.copy(path, texts / path.name)
        outcomes = ingest(sorted(texts.glob("*.txt")), store, force=True)
        report = next(o.report_id for o in outcomes if o.report_id.startswith("hai-duong"))
        server = make_server(store, ServeOptions(port=0, workers=2, texts_dirs=(texts,)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        browser = Browser(_chromium(), Path(folder) / "profile")
        try:
            shots = {
                "editor": ("", "document.querySelectorAll('#query-list button').length"),
                "report": (f"report/{report}", "document.querySelectorAll('a.fig').length"),
                "observation": (f"report/{report}/obs/1109", "!!document.querySelector('.card .value')"),
                "indicator": ("id/indicator/grdp", "document.querySelectorAll('svg circle.point').length"),
                "area": ("id/area/hai-duong", "document.querySelectorAll('h3').length"),
            }
            for name, (path, ready) in shots.items():
                browser.open(server.url + path)
                browser.call("Emulation.setDeviceMetricsOverride", width=1280, height=900, deviceScaleFactor=1,
                             mobile=False)
                browser.wait_for(ready)
                if name == "editor":
                    browser.evaluate("document.querySelector('#query-list button[data-name=\"grdp-by-sector\"]')"
                                     ".click()")
                    browser.wait_for("provkgEditor.getTab().getYasr().rootEl.querySelectorAll('tbody tr').length")
                time.sleep(0.5)
                image = base64.b64decode(browser.call("Page.captureScreenshot", format="png")["data"])
                (args.out / f"{name}.png").write_bytes(image)
                print(f"wrote {args.out / name}.png", file=sys.stderr)
        finally:
            browser.close()
            server.shutdown()
            server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
