"""Hoax watch-mode throughput on one core, and the latency of a candidate message.

Catalogue: the built-in families plus synthetic entries (made-up app names, cues cloned from the
real families) to reach >= 200 entries. Stream: realistic FR/EN tech-chat lines (capex talk that
names Meta/Google/WhatsApp, small talk, links, emoji, accents) with 1% known hoaxes.

Measured (the floors of issue 13: 100,000 ordinary messages/s on one core; a candidate <= 20 ms p99):
* the watch-mode path (`Checker.candidates` and `watch_candidate` for every message, `Checker.check` on what it keeps:
  cue scoring, retrieval over the claim statements, stance) on ordinary messages and on the stream,
  in CPU time of this single-threaded process (`time.process_time`) -> messages/s;
* per candidate message of the stream (everything the pre-filter kept): CPU time of pre-filter +
  check, mean and p99, in milliseconds (CPU time, so that other jobs on a shared machine do not
  count; wall-clock latency on a loaded machine is higher).

Usage: python benchmarks/hoax_throughput.py [--messages 200000] [--entries 230] [--seed 7]
Prints figures, then a JSON object as the last line.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hoax_cases import HOAXES  # noqa: E402

from commands.hoax.catalogue import load_builtin, parse_document  # noqa: E402
from commands.hoax.check import Checker  # noqa: E402

SYL = [
    "zor",
    "bli",
    "qua",
    "vex",
    "lumo",
    "tri",
    "nax",
    "pel",
    "dro",
    "kif",
    "sul",
    "mep",
    "ryn",
    "gof",
    "tav",
]

ORDINARY_EN = [
    "Meta capex guidance for {y} is {n}B, that's wild",
    "did anyone read the Alphabet 10-Q? capex up {p}% yoy",
    "Microsoft said {n}B including finance leases last quarter",
    "lunch at {h}?",
    "I'll push the fix for the discord bot tonight",
    "lol",
    "Amazon net vs gross capex is confusing, {n}B vs {m}B",
    "can someone share the Oracle numbers? https://investor.oracle.com/q{q}",
    "WhatsApp group for the capex nerds is getting busy 😅",
    "Google Cloud revenue grew {p}% this quarter",
    "thanks! 🙏",
    "the chart for Meta looks off, the {y} bar is missing",
    "is the Nvidia fiscal year ending in January?",
    "meeting moved to {h}, same link",
    "Zuckerberg says they'll keep spending on compute",
    "Instagram reels ads are carrying Meta's revenue honestly",
    "Hotmail still works for my dad lol",
    "YouTube ad revenue was {n}B",
]
ORDINARY_FR = [
    "Les capex de Meta pour {y} : {n} Md$, c'est énorme",
    "quelqu'un a le 10-K de Microsoft ? merci 🙏",
    "on se fait un café à {h} ?",
    "Google a relevé ses prévisions d'investissement à {n} Md$",
    "je regarde le graphique d'Amazon, l'écart brut/net est bizarre",
    "trop bien le nouveau bot 👍",
    "réunion décalée à {h}, même lien",
    "les data centers de Meta consomment une énergie folle",
    "WhatsApp ne marche plus chez moi depuis ce matin",
    "Oracle a un exercice qui finit en mai, attention aux trimestres",
    "t'as vu la conf d'Alphabet hier ? capex +{p} %",
    "Facebook c'est surtout mes parents maintenant",
    "ça marche, je relance le calcul",
    "bonne soirée à tous !",
]


def make_stream(n: int, rng: random.Random) -> tuple[list[str], list[str]]:
    ordinary, hoaxes = [], [t for _, t in HOAXES]
    for _ in range(n):
        tpl = rng.choice(ORDINARY_EN if rng.random() < 0.55 else ORDINARY_FR)
        ordinary.append(
            tpl.format(
                y=rng.randint(2020, 2027),
                n=rng.randint(10, 150),
                m=rng.randint(10, 150),
                p=rng.randint(1, 60),
                h=f"{rng.randint(8, 19)}h{rng.choice(['00', '30'])}",
                q=rng.randint(1, 4),
            )
        )
    return ordinary, hoaxes


def synthetic_entries(count: int, rng: random.Random) -> list[dict]:
    base = json.loads(
        (Path(__file__).resolve().parents[1] / "commands" / "hoax" / "catalogue.json").read_text()
    )
    real = [e for e in base["@graph"] if "core" in e["capexbot"].get("cues", {})]
    cuesets = base["capexbot:cueSets"]
    out = []
    for i in range(count):
        src = real[i % len(real)]
        app = "".join(rng.choice(SYL) for _ in range(3)) + str(i)
        ext = json.loads(json.dumps(src["capexbot"]))
        core = [c for c in ext["cues"]["core"] if isinstance(c, list)] or cuesets["paid"][:3]
        ext["cues"]["core"] = [
            [f"{label} ({app})", f"{app}[^.!?]{{0,40}}({pat})", w] for label, pat, w in core
        ]
        ext["platforms"] = []
        ext["claim"] = {
            "en": f"{app} will become paid unless you forward this",
            "fr": f"{app} va devenir payant",
        }
        ext["anchors"] = [app]
        ext["statements"] = {"en": [f"{app} is going to charge every user"], "fr": [f"{app} va faire payer tout le monde"]}
        ext["platform_required"] = False
        obj = dict(src, identifier=f"synthetic-{app}", capexbot=ext, claimReviewed=ext["claim"]["en"])
        out.append(obj)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=200_000)
    ap.add_argument("--entries", type=int, default=230, help="total catalogue size (real + synthetic)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)

    builtin = load_builtin()
    extra = max(0, args.entries - len(builtin))
    synth, _ = parse_document(
        json.dumps(
            {
                "@graph": synthetic_entries(extra, rng),
                "capexbot:cueSets": json.loads(
                    (Path(__file__).resolve().parents[1] / "commands" / "hoax" / "catalogue.json").read_text()
                )["capexbot:cueSets"],
            }
        )
    )
    entries = builtin + synth
    checker = Checker(entries)
    ordinary, hoaxes = make_stream(args.messages, rng)
    n_hoax = max(1, len(ordinary) // 99)
    stream = ordinary + [hoaxes[i % len(hoaxes)] for i in range(n_hoax)]
    rng.shuffle(stream)

    # correctness sanity in the same run
    missed = sum(not checker.check(h).flagged for h in hoaxes)
    false_pos = sum(checker.check(t).flagged for t in ordinary[:5000])

    def watch(texts: list[str]) -> tuple[float, int]:
        """The watch-mode path: pre-filter every message, check only what it keeps."""
        kept = 0
        t0 = time.process_time()
        for text in texts:
            pre = checker.candidates(text)
            if checker.watch_candidate(pre):  # a family's candidate, or a chain letter to check
                kept += 1
                checker.check(text, pre=pre)
        return len(texts) / (time.process_time() - t0), kept

    ordinary_rate, kept = watch(ordinary)
    stream_rate, _ = watch(stream)

    lat = []  # every candidate of the stream (hoaxes and ordinary lines the pre-filter kept)
    for text in stream:
        s = time.process_time()
        pre = checker.candidates(text)
        if checker.watch_candidate(pre):
            checker.check(text, pre=pre)
            lat.append((time.process_time() - s) * 1e3)
    lat.sort()

    res = {
        "benchmark": "hoax_throughput",
        "catalogue_entries": len(entries),
        "claim_statements_indexed": len(checker.index.docs),
        "ordinary_messages": len(ordinary),
        "stream_messages": len(stream),
        "hoax_share": round(n_hoax / len(stream), 4),
        "ordinary_candidates_share": round(kept / len(ordinary), 4),
        "watch_ordinary_msgs_per_s": round(ordinary_rate),
        "watch_stream_msgs_per_s": round(stream_rate),
        "candidate_ms_mean": round(statistics.fmean(lat), 2) if lat else 0.0,
        "candidate_ms_p99": round(lat[int(0.99 * (len(lat) - 1))], 2) if lat else 0.0,
        "candidates_timed": len(lat),
        "hoaxes_missed": missed,
        "ordinary_false_flags_in_5000": false_pos,
        "targets": {"watch_ordinary_msgs_per_s": 100_000, "candidate_ms_p99": 20},
    }
    for k, v in res.items():
        if k not in ("benchmark", "targets"):
            print(f"{k:32} {v}")
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
