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


_INT_PRAGMAS = frozenset({"user_version", "max_page_count"})


def pragma_sql(name: str, value: int) -> str:
    """`PRAGMA name = value` for the integer pragmas the code sets. PRAGMA takes no ? parameter, so
    the name must be one of a fixed list and the value a real int (a bool or a string is refused)."""
    if name not in _INT_PRAGMAS:
        raise ValueError(f"not a settable pragma: {name!r}")
    if type(value) is not int:
        raise ValueError(f"pragma {name} needs an int, got {type(value).__name__}")
    return "PRAGMA " + name + " = " + str(value)
