"""`capexbot hoax scan|import|export`: batch matching (the evaluation interface) and catalogue I/O.

* `hoax scan --jsonl FILE|-` reads `{"id", "text"}` lines and writes, one per input line,
  `{"id", "flagged": bool, "score": number, "hoax_id": str|null, "lang": str}`. Bad lines get
  `"error"` and `flagged: false`; the scan never stops on them. Uses the built-in catalogue plus
  claims imported into the database, if the database file exists (it is not created).
* `hoax import FILE` validates a ClaimReview document (our catalogue format, a list / JSON lines of
  ClaimReview objects, or a Google Fact Check Tools `claims:search` response) and stores every
  entry, or none (exit 1 with the reason).
* `hoax export [FILE]` writes the built-in and imported catalogue as one ClaimReview JSON-LD document.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.context import open_services
from bot.settings import Settings
from commands.hoax.catalogue import CatalogueError, Entry, export_document, load_builtin, parse_document
from commands.hoax.check import Checker


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("hoax", help="hoax catalogue: scan messages, import or export fact-checks")
    sub = p.add_subparsers(dest="hoax_command", metavar="SUBCOMMAND", required=True)
    scan = sub.add_parser("scan", help='match JSON lines {"id","text"} and print one verdict line each')
    scan.add_argument("--jsonl", required=True, help="input file, or - for stdin")
    scan.add_argument(
        "--threshold", type=float, default=None, help="score needed to flag (default HOAX_THRESHOLD)"
    )
    scan.set_defaults(handler=handle_scan)
    imp = sub.add_parser("import", help="import ClaimReview fact-checks (all or nothing)")
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=handle_import)
    exp = sub.add_parser("export", help="export the catalogue as ClaimReview JSON-LD")
    exp.add_argument("file", type=Path, nargs="?", default=None)
    exp.set_defaults(handler=handle_export)


async def _entries(settings: Settings, *, create: bool) -> list[Entry]:
    if not create and settings.capexbot_database_url is None and not Path(settings.capexbot_db).exists():
        return load_builtin()
    async with open_services(settings, seed=False) as services:
        from commands.hoax.watch import entries_for

        return await entries_for(services)


async def handle_scan(args: argparse.Namespace, settings: Settings) -> int:
    threshold = args.threshold if args.threshold is not None else settings.hoax_threshold
    if not 0 < threshold <= 1:
        print("capexbot: --threshold must be in (0, 1]", file=sys.stderr)
        return 1
    if args.jsonl == "-":
        source = sys.stdin
    else:
        path = Path(args.jsonl)
        if not path.is_file():
            print(f"capexbot: no such file: {path}", file=sys.stderr)
            return 1
        source = path.open(encoding="utf-8", errors="replace")
    checker = Checker(await _entries(settings, create=False), threshold=threshold)
    out = sys.stdout
    try:
        for n, line in enumerate(source, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                msg_id = item.get("id")
                text = item.get("text")
                if not isinstance(text, str):
                    raise ValueError("missing text")
            except (ValueError, AttributeError, RecursionError) as exc:  # RecursionError: absurd nesting
                out.write(
                    json.dumps(
                        {
                            "id": None,
                            "flagged": False,
                            "score": 0.0,
                            "hoax_id": None,
                            "lang": "en",
                            "error": f"line {n}: {exc}",
                        }
                    )
                    + "\n"
                )
                continue
            out.write(json.dumps(_scan_line(checker, msg_id, text), ensure_ascii=False) + "\n")
    finally:
        if source is not sys.stdin:
            source.close()
    out.flush()
    return 0


def _scan_line(checker: Checker, msg_id: object, text: str) -> dict[str, object]:
    """One verdict line: the watch-mode decision (ordinary lines stop at the pre-filter)."""
    pre = checker.candidates(text)
    if not checker.watch_candidate(pre):
        res = checker.matcher.match(text)
        return {"id": msg_id, "flagged": False, "score": 0.0, "hoax_id": None, "lang": res.lang}
    a = checker.check(text, pre=pre)
    return {"id": msg_id, "flagged": a.flagged, "score": a.score,
            "hoax_id": a.family_id if a.flagged else None, "lang": a.lang}


async def handle_import(args: argparse.Namespace, settings: Settings) -> int:
    if not args.file.is_file():
        print(f"capexbot: no such file: {args.file}", file=sys.stderr)
        return 1
    try:
        entries, _ = parse_document(args.file.read_text(encoding="utf-8", errors="replace"), untrusted=True)
    except CatalogueError as exc:
        print(f"capexbot: import rejected, nothing stored: {exc}", file=sys.stderr)
        return 1
    async with open_services(settings) as services:
        n = await services.storage.hoax.add_claims(
            [(e.id, dict(e.raw, identifier=e.id)) for e in entries],
            origin=args.file.name,
            now=datetime.now(UTC),
        )
    print(f"imported {n} fact-check(s) from {args.file}")
    return 0


async def handle_export(args: argparse.Namespace, settings: Settings) -> int:
    doc = export_document(await _entries(settings, create=False))
    text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    if args.file is None:
        sys.stdout.write(text)
    else:
        args.file.write_text(text, encoding="utf-8")
        print(f"exported {len(doc['@graph'])} entries to {args.file}", file=sys.stderr)
    return 0
