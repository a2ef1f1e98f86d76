"""Composition: settings -> storage -> services, shared by the CLI and the long-running bot."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.settings import ConfigError, Settings
from commands.services import Services
from storage.migrate import DatabaseTooNew
from storage.pg import CONNECT_ERRORS
from storage.store import Storage


@asynccontextmanager
async def open_services(settings: Settings, *, seed: bool = True) -> AsyncIterator[Services]:
    try:
        storage = await Storage.open(settings.database_target, seed=seed)
    except DatabaseTooNew as exc:
        raise ConfigError(str(exc)) from None
    except CONNECT_ERRORS as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ConfigError(f"CAPEXBOT_DATABASE_URL: cannot connect to {settings.database_label}: {first}") from None
    except OSError as exc:
        raise ConfigError(f"CAPEXBOT_DB: cannot open {settings.capexbot_db}: {exc.strerror or exc}") from None
    try:
        yield Services(
            storage=storage, default_lang=settings.capexbot_lang, hoax_threshold=settings.hoax_threshold
        )
    finally:
        await storage.close()
