"""Quoted SQL identifiers for the few statements whose table or column name cannot be a parameter.

SQL placeholders bind values, never names, so copying or scanning "every table" has to put the
name into the text. Those names come from the database's own catalogue (sqlite_master,
pg_tables, information_schema), not from users; this helper still refuses anything that is not a
plain identifier or not in the schema the caller knows, so an f-string of SQL is never fed a
string that could end the quotes.
"""

from __future__ import annotations

import re
from collections.abc import Collection

_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def quote_ident(name: str, known: Collection[str]) -> str:
    """`name` double-quoted, after checking it is a plain identifier found in `known`."""
    if not _PLAIN.fullmatch(name):
        raise ValueError(f"not a plain SQL identifier: {name!r}")
    if name not in known:
        raise ValueError(f"not in the known schema: {name!r}")
    return f'"{name}"'


def table_sql(template: str, table: str, known: Collection[str], **names: str) -> str:
    """A constant statement `template` with its "{table}" (and any other "{name}" slots, already
    quoted column lists) filled in: the one place where a name enters SQL text. Values are always
    bound as ? parameters by the caller; only checked, quoted identifiers go through here."""
    return template.format(table=quote_ident(table, known), **names)
