"""Find where a snippet stands in a report's normalised text, to fill `start` and `end`.

    python corpus/tools/offsets.py <report-id> "5.335,4 tỷ đồng"      # every occurrence, with context
    python corpus/tools/offsets.py <report-id> --at 1200 --to 1260     # the text between two offsets
"""

from __future__ import annotations

import argparse

from common import text_of


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("report_id")
    parser.add_argument("snippet", nargs="?")
    parser.add_argument("--at", type=int)
    parser.add_argument("--to", type=int)
    args = parser.parse_args()
    text = text_of(args.report_id)
    if args.at is not None:
        print(repr(text[args.at:args.to or args.at + 80]))
        return
    index = text.find(args.snippet)
    while index >= 0:
        context = text[max(0, index - 40):index + len(args.snippet) + 40].replace("\n", "⏎")
        print(f"{index}\t{index + len(args.snippet)}\t{context}")
        index = text.find(args.snippet, index + 1)


if __name__ == "__main__":
    main()
