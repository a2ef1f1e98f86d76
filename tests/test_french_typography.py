"""French typography: a narrow no-break space (U+202F) before `:` `;` `?` `!`, never an ordinary or
no-break space, never none; French labels (T3, exercice) and elision (d'Apple).

Two scans: every French string literal in the code (the French side of `tr(...)`, `summary_fr=`,
the French description of each `Param`, `"fr"` entries of i18n tables) as `tr` delivers it, and
every French reply a set of commands produces (titles, text, fields, table, footer, alerts, help).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from commands.alert_text import compose
from commands.i18n import de, french, french_spacing
from commands.registry import REGISTRY, load_all

ROOT = Path(__file__).resolve().parents[1]
# code spans, URLs, placeholders, times (12:00) and "1:1" ratios are not prose
_NOT_PROSE = re.compile(r"`[^`]*`|https?://\S+|\{[^{}]*\}|\d:\d|\w+://")
_MARK = re.compile(r"(.?)([:;?!])(?=\s|$|[»)\]*.,])")


def typography_errors(text: str) -> list[str]:
    """Each `:;?!` ending a clause must follow U+202F (a mark at the very start is a bullet/prefix)."""
    prose = _NOT_PROSE.sub("X", text)
    errors = []
    for match in _MARK.finditer(prose):
        before = match.group(1)
        if before and before != "\u202f" and not (before in ":;?!" and match.start() > 0):
            errors.append(prose[max(0, match.start() - 25) : match.end() + 5])
    return errors


def _text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{x}" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        return None if left is None or right is None else left + right
    return None


def french_literals() -> list[tuple[str, int, str]]:
    found = []
    for path in sorted([*ROOT.glob("commands/**/*.py"), *ROOT.glob("bot/**/*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            candidates: list[ast.AST] = []
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name == "tr" and len(node.args) >= 3:
                    candidates.append(node.args[2])
                if name == "Param" and len(node.args) >= 3:
                    candidates.append(node.args[2])
                candidates += [k.value for k in node.keywords if k.arg in ("summary_fr", "fr")]
            if isinstance(node, ast.Dict):
                candidates += [
                    v
                    for k, v in zip(node.keys, node.values, strict=True)
                    if isinstance(k, ast.Constant) and k.value == "fr"
                ]
            for cand in candidates:
                text = _text(cand)
                if text is not None:
                    found.append((str(path.relative_to(ROOT)), cand.lineno, text))
    return found


def test_the_scan_finds_the_french_strings():
    literals = french_literals()
    assert len(literals) > 250  # tr() calls, help summaries, parameters, i18n tables
    assert typography_errors("Sources : a") and typography_errors("Sources: a")
    assert typography_errors("Sources\u00a0: a") and not typography_errors("Sources\u202f: a")
    assert not typography_errors("voir `capex meta` à 12:00 sur https://sec.gov/x?y=1")
    # the last pass over a French reply also fixes a mark glued to data ("- Snopes: https://…")
    assert french("- Snopes: https://snopes.com") == "- Snopes\u202f: https://snopes.com"
    assert french("Vrai ? Oui! 12:00 https://a.b/c?d") == "Vrai\u202f? Oui\u202f! 12:00 https://a.b/c?d"


def test_every_french_literal_has_the_right_space_before_high_punctuation():
    bad = [
        f"{path}:{line}: {err!r}"
        for path, line, text in french_literals()
        for err in typography_errors(french_spacing(text))
    ]
    assert not bad, "\n".join(bad)


COMMANDS = [
    "capex",
    "capex meta",
    "capex meta détails",
    "capex msft",
    "capex msft détails",
    "capex msft cy2025",
    "capex msft T3 CY2025",
    "capex aapl fy24",
    "capex amzn 2026",
    "capex googl T3 2025",
    "capex oracle",
    "capex chart meta",
    "capex chart msft trimestriel",
    "capex chart googl annuel depuis 2021",
    "capex top",
    "capex top 2024",
    "capex compare meta msft googl amzn",
    "help",
    "help capex",
    "help capex chart",
    "alerts list",
    "hoax ChatGPT devient payant le mois prochain pour tout le monde",
    "capex zzzzqqq",
    "capex meta T5 2025",
    "capex meta 2003",
    "capex chart",
    "capex top 1850",
    "nimportequoi",
]


def reply_strings(reply) -> list[str]:
    out = [reply.title, reply.text, reply.footer, *(reply.error or "",)]
    out += [part for field in reply.fields for part in field]
    if reply.table:
        out += [*reply.table[0], *(cell for row in reply.table[1] for cell in row)]
    return out


def _strip_quoted_user_text(text: str) -> str:
    """User echoes are quoted data, not prose. Source titles are scanned: French replies name the
    documents in French (commands/source_titles.py)."""
    return re.sub(r"«[^»]*»|“[^”]*”", "X", text)


# words of the stored English titles ("Meta 10-Q for the quarter ended 31 Mar 2025", "Meta earnings
# release of 29 Jul 2026 (8-K exhibit 99.1)") that a French reply must not show
ENGLISH_TITLE_WORDS = re.compile(r"quarter ended|fiscal year ended|earnings (?:release|call)|exhibit|investor relations")


@pytest.mark.parametrize("line", COMMANDS)
async def test_every_french_reply_has_the_right_space_before_high_punctuation(ask, line):
    reply = await ask(line, lang="fr")
    assert reply.lang == "fr"
    strings = [*reply_strings(reply), *(t for t, _ in reply.links), *(f.source for f in reply.figures)]
    errors = [e for s in strings for e in typography_errors(_strip_quoted_user_text(s))]
    assert not errors, errors
    english = [s for s in strings if ENGLISH_TITLE_WORDS.search(_NOT_PROSE.sub("X", s))]
    assert not english, english


async def test_french_alerts_and_labels(ask, storage):
    snap = await storage.catalog.snapshot()
    meta = [f.id for f in snap.figures_of("meta") if f.fiscal_label == "Q2-2026"]
    reply = compose("meta", meta, snap, "fr")
    strings = [*reply_strings(reply), *(t for t, _ in reply.links)]
    errors = [e for s in strings for e in typography_errors(_strip_quoted_user_text(s))]
    assert not errors, errors
    assert not [s for s in strings if ENGLISH_TITLE_WORDS.search(_NOT_PROSE.sub("X", s))]
    assert "T2 2026" in reply.text and "Source\u202f:" in reply.text and "Q2-2026" not in reply.text


async def test_french_labels_periods_and_elision(ask):
    reply = await ask("capex msft détails", lang="fr")
    fields = dict(reply.fields)
    assert (
        fields["Exercices"].startswith("exercice 2026\u202f: 115,95\u202fMd$")
        and "FY" not in fields["Exercices"]
    )
    assert (
        fields["Prévisions"].startswith("année civile 2026\u202f:")
        and "T4 2026" in fields["Dernier trimestre"]
    )
    reply = await ask("capex orcl cy2025", lang="fr")
    assert "chiffres fiscaux d'Oracle" in reply.text and "de Oracle" not in reply.text
    assert de("Oracle") == "d'Oracle" and de("Meta") == "de Meta"
    reply = await ask("capex chart msft trimestriel", lang="fr")
    assert "trimestre(s)" not in reply.text and "Q1" not in "".join(reply.table[0])
    assert all(not row[0].startswith("Q") for row in reply.table[1])


def test_french_help_syntax_is_translated():
    load_all()
    assert REGISTRY.commands["capex"].usage_in("fr") == "capex <entreprise> [période|détails]"
    assert (
        REGISTRY.commands["capex chart"].usage_in("fr")
        == "capex chart <entreprise> [trimestriel|annuel] [depuis ANNÉE]"
    )
    assert REGISTRY.commands["capex"].usage_in("en") == "capex <company> [period|details]"
