"""Precision / recall of numeric capex outlooks extracted from release sentences.

Usage: python benchmarks/guidance_eval.py [PATH ...] [--show-errors]

PATHs default to the development set (tests/data/release_sentences.jsonl, real sentences from
Meta's and Google's releases) and the held-out set (tests/data/release_sentences_heldout.jsonl,
written before the extractor existed). Lines: {"id", "company", "filed", "text",
"capex_guidance": [{period, low_usd, high_usd, value_usd, qualifier, revision, ...}]}.

A numeric outlook counts as correct only when its period and its numbers (low/high or value) all
equal the label's. Qualifier, revision and previous range are scored separately on the matches.
Direction-only outlooks are counted apart (they carry no number and are never charted), and so are
outlooks a label gives with no dollar figure (a share of sales).
Prints a table per set, then a JSON object as the last line.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storage.sources.guidance_extract import extract_guidance  # noqa: E402
from storage.sources.guidance_seed import seed_fiscal_year_ends, seed_undated_outlooks  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = [
    ROOT / "tests/data/release_sentences.jsonl",
    ROOT / "tests/data/release_sentences_heldout.jsonl",
]


def norm_period(p: str | None) -> str | None:
    return p.replace("-FY", "-") if p else p  # "Q1-FY2026" and "Q1-2026" name the same quarter


def key(g: dict) -> tuple:
    return (norm_period(g["period"]), g.get("low_usd"), g.get("high_usd"), g.get("value_usd"))


# Companies an evaluation set may quote that the bot does not track (fiscal year ends, public).
OTHER_FISCAL_YEAR_ENDS = {
    "micron": "08-31", "broadcom": "11-01", "salesforce": "01-31", "intel": "12-31", "amd": "12-31",
    "ibm": "12-31", "netflix": "12-31", "family dollar": "08-31", "fedex": "05-31", "qualcomm": "09-30",
    "cisco": "07-31", "dell": "02-01",
}  # fmt: skip
SYNONYMS = {"reaffirmed": "reiterated"}  # labellers use both words for an unchanged outlook


def _field(g: dict, name: str) -> object:
    value = g.get(name) or None
    return SYNONYMS.get(value, value) if isinstance(value, str) else value


def evaluate(path: Path, fyes: dict[str, str], show: bool) -> dict:
    tp = fp = fn = 0
    dir_tp = dir_fp = dir_fn = 0
    fields_ok = fields_total = 0
    for line in path.read_text().splitlines():
        row = json.loads(line)
        fye = row.get("fiscal_year_end") or fyes.get(row["company"].lower(), "12-31")
        undated = seed_undated_outlooks().get(row["company"].lower(), "year")
        got = [g.to_dict() for g in extract_guidance(row["text"], date.fromisoformat(row["filed"]), fye, undated=undated, company=row["company"])]
        # an outlook with no dollar figure ("approximately 4% of net sales") is not a numeric outlook
        gold = [
            g if any(g.get(f) for f in ("low_usd", "high_usd", "value_usd")) else g | {"qualifier": "direction-only"}
            for g in row["capex_guidance"]
        ]
        gold_num = {key(g): g for g in gold if g["qualifier"] != "direction-only"}
        got_num = {key(g): g for g in got if g["qualifier"] != "direction-only"}
        for k, g in got_num.items():
            if k in gold_num:
                tp += 1
                fields_total += 1
                want = gold_num[k]
                same = all(
                    _field(g, f) == _field(want, f)
                    for f in ("qualifier", "revision", "prev_low_usd", "prev_high_usd")
                )
                fields_ok += same
                if show and not same:
                    print(f"  fields {row['id']}: got {g} want {want}")
            else:
                fp += 1
                if show:
                    print(f"  FP {row['id']}: {k} | {row['text'][:120]}")
        for k in gold_num:
            if k not in got_num:
                fn += 1
                if show:
                    print(f"  FN {row['id']}: {k} | {row['text'][:120]}")
        gold_dir = sum(g["qualifier"] == "direction-only" for g in gold)
        got_dir = sum(g["qualifier"] == "direction-only" for g in got)
        dir_tp += min(gold_dir, got_dir)
        dir_fp += max(0, got_dir - gold_dir)
        dir_fn += max(0, gold_dir - got_dir)

    def ratio(a: int, b: int) -> float:
        return round(a / b, 4) if b else 1.0

    return {
        "set": path.name,
        "numeric": {
            "precision": ratio(tp, tp + fp),
            "recall": ratio(tp, tp + fn),
            "tp": tp,
            "fp": fp,
            "fn": fn,
        },
        "fields_exact_on_matches": ratio(fields_ok, fields_total),
        "direction_only": {
            "precision": ratio(dir_tp, dir_tp + dir_fp),
            "recall": ratio(dir_tp, dir_tp + dir_fn),
        },
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, default=DEFAULT_PATHS)
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args(argv)
    fyes = OTHER_FISCAL_YEAR_ENDS | seed_fiscal_year_ends()
    results = []
    for path in args.paths:
        r = evaluate(path, fyes, args.show_errors)
        n = r["numeric"]
        print(
            f"{r['set']:40} numeric P={n['precision']:.2f} R={n['recall']:.2f} (tp {n['tp']}, fp {n['fp']}, "
            f"fn {n['fn']}); fields exact {r['fields_exact_on_matches']:.2f}; direction-only "
            f"P={r['direction_only']['precision']:.2f} R={r['direction_only']['recall']:.2f}"
        )
        results.append(r)
    print(json.dumps({"guidance_eval": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
