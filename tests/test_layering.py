"""commands/ and storage/ never import a chat library or the runtime; storage never imports commands."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {
    "commands": {"discord", "nio", "bot"},
    "storage": {"discord", "nio", "bot", "commands"},
}


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_layers_point_one_way(package: str):
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_roots(path) & FORBIDDEN[package])
        for path in (ROOT / package).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_no_sql_outside_storage():
    keywords = ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM", "CREATE TABLE")
    offenders = []
    for package in ("bot", "commands"):
        for path in (ROOT / package).rglob("*.py"):
            text = path.read_text("utf-8")
            if any(f'"{kw}' in text or f"'{kw}" in text for kw in keywords):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
