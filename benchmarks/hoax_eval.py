"""Precision / recall / F1 of the hoax matcher on a labelled JSONL set, per language and overall.

Usage: python benchmarks/hoax_eval.py [PATH] [--threshold 0.5] [--show-errors]

PATH defaults to benchmarks/data/hoax_dev.jsonl (a copy of the project's development set, see
benchmarks/data/README.md). Lines: {"id", "text", "lang", "label": "hoax"|"legit", ...}.
Prints a table, then a JSON object as the last line.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from commands.hoax.matcher import DEFAULT_THRESHOLD, Matcher  # noqa: E402

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "hoax_dev.jsonl"


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT_PATH))
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args(argv)
    matcher = Matcher(threshold=args.threshold)
    counts: dict[str, list[int]] = {}
    lang_ok = total = 0
    errors = []
    for line in Path(args.path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        res = matcher.match(item["text"])
        gold = item["label"] == "hoax"
        lang = item.get("lang", "?")
        total += 1
        lang_ok += res.lang == lang
        for key in (lang, "all"):
            c = counts.setdefault(key, [0, 0, 0, 0])  # tp fp fn tn
            if res.flagged and gold:
                c[0] += 1
            elif res.flagged:
                c[1] += 1
            elif gold:
                c[2] += 1
            else:
                c[3] += 1
        if res.flagged != gold:
            errors.append(
                (item["id"], gold, res.score, res.hoax_id, item["text"], [str(c) for c in res.cues])
            )
    out = {k: prf(v[0], v[1], v[2]) | {"n": sum(v)} for k, v in sorted(counts.items())}
    print(f"{'set':<6}{'n':>5}{'precision':>11}{'recall':>8}{'f1':>8}")
    for k, v in out.items():
        print(f"{k:<6}{v['n']:>5}{v['precision']:>11.3f}{v['recall']:>8.3f}{v['f1']:>8.3f}")
    print(f"language detection accuracy: {lang_ok}/{total}")
    if args.show_errors:
        for e in errors:
            print(("MISSED " if e[1] else "FALSE+ ") + f"{e[0]} score={e[2]} hoax={e[3]}: {e[4]}\n    {e[5]}")
    print(
        json.dumps(
            {
                "benchmark": "hoax_eval",
                "path": str(args.path),
                "threshold": args.threshold,
                "lang_accuracy": round(lang_ok / total, 4) if total else None,
                "results": out,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
