"""Hoax judgement on labelled JSONL sets: watch-mode precision/recall per group and language.

Usage: python benchmarks/hoax_eval.py [PATH ...] [--show-errors]

PATH defaults to the step-0 set (benchmarks/data/hoax_step0.jsonl, written before the matcher or
the catalogue was read) and can be any set in either format:
- step-0 format: {"id", "text", "lang", "kind", "group": "chat"|"factcheck", "flag": bool,
  "topic", "stance", "verdict"}: `group` separates chat-style items from fact-checkers' claim
  statements and headlines, `kind` is chain|chat|debunk|question|advice|news|ordinary|claim|
  headline|news_headline.
- dev format (benchmarks/data/hoax_dev.jsonl): {"id", "text", "lang", "label": "hoax"|"legit"};
  every item counts as chat-style.

Figures: precision/recall of the watch flag per group x language; how often each kind is flagged;
for questions about a known topic, how many explicit checks name the right family (first, or as
"if you meant the other one") and give a verdict, and how many name it first; family accuracy of
true flags (topics mapped to family ids by hoax_step0_topics.json).
Prints a table, then a JSON object as the last line.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DATA = Path(__file__).resolve().parent / "data"
DEFAULT_PATH = DATA / "hoax_step0.jsonl"
TOPICS = json.loads((DATA / "hoax_step0_topics.json").read_text(encoding="utf-8"))


def _analyser() -> Any:
    """A function text -> (flagged, family id, verdict, stance, the families the first answer covers,
    the claim named as "if you meant the other one"): the checker both modes use. An answer about a
    true story covers the families that story is linked to: "do we pay for Instagram in Europe
    now?" answered with the ad-free subscription answers the "Instagram becomes paid" topic. (The step-0 first run used the cue matcher of commit
    359bdc3, which had no verdict or stance.)"""
    from commands.hoax.check import Checker

    checker = Checker()

    def run(text: str) -> tuple[bool, str | None, str | None, str | None, frozenset[str], frozenset[str]]:
        a = checker.check(text)
        covered = {a.family_id} | (set(a.truth.families) if a.truth is not None else set())
        close = {r["id"] for r in a.related if r.get("close")}  # "if you meant the other one"
        return a.flagged, a.family_id, a.verdict, a.stance, frozenset(covered - {None}), frozenset(close)

    return run


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(p, 3), "recall": round(r, 3), "tp": tp, "fp": fp, "fn": fn}


def _read(paths: list[str]) -> list[dict[str, Any]]:
    items = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if "flag" not in item:  # dev format
                    item["flag"] = item["label"] == "hoax"
                    item.setdefault("group", "chat")
                    item.setdefault("kind", "chat")
                items.append(item)
    return items


def evaluate(items: list[dict[str, Any]], analyse: Any) -> tuple[dict[str, Any], list[str]]:
    counts: dict[str, list[int]] = {}
    kinds: dict[str, list[int]] = {}
    # known-topic questions, right family (first answer or "if you meant the other one"), the same
    # with a verdict and no flag, right family as the first answer
    questions = [0, 0, 0, 0]
    family = [0, 0]  # true flags with a mapped topic, of which the right family
    errors = []
    for it in items:
        flagged, fam, verdict, stance, first, close = analyse(it["text"])
        covered = first | close
        gold = bool(it["flag"])
        for key in (f"{it['group']}/{it['lang']}", f"{it['group']}/all"):
            c = counts.setdefault(key, [0, 0, 0, 0])
            c[3] += 1
            c[0] += flagged and gold
            c[1] += flagged and not gold
            c[2] += gold and not flagged
        k = kinds.setdefault(it["kind"], [0, 0])
        k[0] += 1
        k[1] += flagged
        ok_fams = TOPICS.get(it.get("topic") or "", [])
        if it["kind"] == "question" and ok_fams:
            questions[0] += 1
            answered = not covered.isdisjoint(ok_fams)
            questions[1] += answered
            questions[2] += answered and verdict is not None and not flagged
            questions[3] += not first.isdisjoint(ok_fams) and verdict is not None and not flagged
        if gold and flagged and ok_fams:
            family[0] += 1
            family[1] += fam in ok_fams
        if flagged != gold or (it["kind"] == "question" and ok_fams and (covered.isdisjoint(ok_fams) or not verdict)):
            what = "MISSED" if gold and not flagged else "FALSE+" if flagged != gold else "QUESTN"
            errors.append(f"{what} {it['id']} [{it['kind']}] fam={fam} verdict={verdict} stance={stance}: {it['text']}")
    out: dict[str, Any] = {k: prf(*v[:3]) | {"n": v[3]} for k, v in sorted(counts.items())}
    out["flag_rate_by_kind"] = {k: f"{v[1]}/{v[0]}" for k, v in sorted(kinds.items())}
    out["questions_known_topic"] = {"n": questions[0], "right_family": questions[1], "answered_with_verdict": questions[2],
                                    "first_answer_right": questions[3]}
    out["flag_family_accuracy"] = round(family[1] / family[0], 3) if family[0] else None
    return out, errors


def through_the_door(items: list[dict[str, Any]]) -> dict[str, int]:
    """Every question typed to the bot as a plain line (no `hoax` in front), on a temporary SQLite
    file: how many the question reader sends to the hoax check, and how many get a verdict there."""
    import asyncio
    import tempfile

    from commands.door import Invocation, handle
    from commands.services import Services
    from storage.store import Storage

    async def run() -> dict[str, int]:
        counts = {"n": 0, "hoax_reply": 0, "with_verdict": 0}
        with tempfile.TemporaryDirectory() as tmp:
            storage = await Storage.open(Path(tmp) / "capexbot.sqlite3")
            try:
                services = Services(storage=storage, default_lang="en")
                for it in items:
                    if it["kind"] != "question":
                        continue
                    reply = await handle(Invocation(line=it["text"]), services)  # type: ignore[arg-type]
                    hoax = reply.to_json().get("hoax") if reply is not None else None
                    counts["n"] += 1
                    counts["hoax_reply"] += hoax is not None
                    counts["with_verdict"] += bool(hoax and hoax.get("verdict"))
            finally:
                await storage.close()
        return counts

    return asyncio.run(run())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(DEFAULT_PATH)])
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--door", action="store_true", help="also type every question to the bot as a plain line")
    args = ap.parse_args(argv)
    items = _read(args.paths)
    out, errors = evaluate(items, _analyser())
    if args.door:
        out["questions_through_door"] = through_the_door(items)
        print("questions typed to the bot (all, known topic or not):", out["questions_through_door"])
    print(f"{'group/lang':<16}{'n':>5}{'precision':>11}{'recall':>8}")
    for k, v in out.items():
        if isinstance(v, dict) and "precision" in v:
            print(f"{k:<16}{v['n']:>5}{v['precision']:>11.3f}{v['recall']:>8.3f}")
    print("flagged by kind:", out["flag_rate_by_kind"])
    print("questions about a known topic:", out["questions_known_topic"])
    print("family accuracy of true flags:", out["flag_family_accuracy"])
    if args.show_errors:
        print("\n".join(errors))
    print(json.dumps({"benchmark": "hoax_eval", "paths": args.paths, "results": out}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
