"""Agreement between the gold sheet and the second annotator's sheet, per field, before settling.

    python corpus/tools/agreement.py <report-id>
    python corpus/tools/agreement.py --summary      # every report's recorded agreement, and the pooled rates

The second sheet covers a contiguous part of the text; the comparison is limited to the offsets it spans. Rows pair
when their offset ranges overlap. Writes corpus/agreement/<id>.json and prints it.
"""

from __future__ import annotations

import argparse
import json

from common import CORPUS, read_rows

FIELDS = ["value", "value_max", "unit_text", "measure", "status", "indicator", "area", "period", "comparison_period",
          "basis", "cumulative", "project"]


def same(field: str, a: str, b: str) -> bool:
    if field in ("value", "value_max"):
        try:
            return abs(float(a or "nan") - float(b or "nan")) < 1e-9 or (a == b == "")
        except ValueError:
            return a == b
    return a.strip().lower() == b.strip().lower()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("report_id", nargs="?")
    parser.add_argument("--summary", action="store_true")
    args = parser.parse_args()
    if args.summary:
        summarise()
        return
    gold = read_rows(CORPUS / "gold" / f"{args.report_id}.csv")
    second = read_rows(CORPUS / "agreement" / f"{args.report_id}.second.csv")
    low = min(int(r["start"]) for r in second)
    high = max(int(r["end"]) for r in second)
    gold_in = [r for r in gold if low <= int(r["start"]) < high]
    pairs, used = [], set()
    for row in second:
        s, e = int(row["start"]), int(row["end"])
        for i, other in enumerate(gold_in):
            if i not in used and int(other["start"]) < e and s < int(other["end"]):
                pairs.append((other, row))
                used.add(i)
                break
    result = {
        "report": args.report_id,
        "span": [low, high],
        "gold_rows_in_span": len(gold_in),
        "gold_rows_total": len(gold),
        "second_rows": len(second),
        "paired": len(pairs),
        "figure_agreement": round(2 * len(pairs) / (len(gold_in) + len(second)), 3) if second else None,
        "fields": {f: round(sum(same(f, a[f], b[f]) for a, b in pairs) / len(pairs), 3) if pairs else None
                   for f in FIELDS},
        "disagreements": [
            {"start": a["start"], "field": f, "gold": a[f], "second": b[f]}
            for a, b in pairs for f in FIELDS if not same(f, a[f], b[f])
        ],
        "only_gold": [r["start"] for i, r in enumerate(gold_in) if i not in used],
        "only_second": [r["start"] for r in second if not any(r is b for _, b in pairs)],
    }
    out = CORPUS / "agreement" / f"{args.report_id}.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "disagreements"}, ensure_ascii=False, indent=1))
    print(f"{len(result['disagreements'])} field disagreements listed in {out.name}")


def summarise() -> None:
    """Pooled agreement over every report: each field's matches over all paired figures (before settling)."""
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((CORPUS / "agreement").glob("*.json"))]
    paired = sum(r["paired"] for r in records)
    print(f"{len(records)} reports, {paired} figures annotated twice "
          f"({sum(r['gold_rows_total'] for r in records)} gold figures in those reports)")
    print("figure agreement", round(2 * paired / sum(r["gold_rows_in_span"] + r["second_rows"] for r in records), 3))
    for field in FIELDS:
        agreed = sum(round(r["fields"][field] * r["paired"]) for r in records if r["fields"][field] is not None)
        print(f"{field:18} {agreed / paired:.3f}")


if __name__ == "__main__":
    main()
