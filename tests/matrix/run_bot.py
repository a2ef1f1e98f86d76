"""`capexbot run`, the production entry point, plus one test-only command that needs the
manage permission (so the power-level refusal is tested whatever other issues have landed)."""

from __future__ import annotations

import sys

from bot.cli import main
from commands.registry import command
from commands.types import Reply


@command(
    "matrixtest manage",
    summary_en="test only: a command that changes room settings",
    summary_fr="test uniquement : une commande qui modifie le salon",
    usage="matrixtest manage",
    needs_manage=True,
)
async def _manage(req, services) -> Reply:
    return Reply(title="managed", text=f"managed {req.place.id} for {req.user_id}")


if __name__ == "__main__":
    sys.exit(main(["run"]))
