"""Settings from the environment and `.env` (pydantic-settings). Secrets are SecretStr: never logged."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from storage.pg import is_postgres_url, redact_url

_MATRIX_USER = re.compile(r"@[a-z0-9._=/+\-]+:[A-Za-z0-9.\-]+(?::[0-9]{1,5})?", re.ASCII)
_TOKEN = re.compile(r"[\x21-\x7e]{1,512}")  # printable ASCII, no spaces: what every token looks like
_URL_SETTINGS = ("matrix_homeserver", "sec_base_url", "sec_archives_url")


class ConfigError(Exception):
    """Missing or wrong configuration: shown as one readable line, exit code 2."""


class Settings(BaseSettings):
    # An empty value (`SEC_POLL_MINUTES=` in .env) means "unset", as .env.example promises.
    # allow_inf_nan=False: `inf` or `nan` for a duration or a rate is refused like any bad number.
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True, allow_inf_nan=False
    )

    # --- core
    capexbot_db: Path = Path("capexbot.sqlite3")
    # postgresql://user:pass@host/db: the shared store for several processes; unset = CAPEXBOT_DB
    capexbot_database_url: SecretStr | None = None
    capexbot_lang: Literal["en", "fr"] = "en"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    # --- Matrix (bot/platforms/matrix/); started when homeserver, user id and a secret are set
    matrix_homeserver: str | None = None
    matrix_user_id: str | None = None
    matrix_password: SecretStr | None = None
    matrix_access_token: SecretStr | None = None
    matrix_device_id: str | None = None
    matrix_command_prefix: str = "!"
    matrix_allowed_inviters: str = ""  # comma-separated user ids or *:server; empty = bot's own server
    matrix_admin_power_level: int = Field(default=50, ge=0, le=100)
    matrix_store_path: Path | None = None  # e2e key store (needs the [e2e] extra); unset = no e2e
    # per user and command, like Discord's; 0 = off (the refusal is a public notice on Matrix, and
    # the fair scheduler already keeps one user's flood from delaying others)
    matrix_cooldown_seconds: float = Field(default=0.0, ge=0, le=3600)
    capexbot_image_dir: Path = Path("charts-out")

    # --- health and metrics (bot/health_server.py): GET /healthz and /metrics; unset port = off
    capexbot_health_port: int | None = Field(default=None, ge=1, le=65535)
    capexbot_health_host: str = "127.0.0.1"  # 0.0.0.0 publishes metrics to the network

    # --- SEC EDGAR ingestion (storage/sources, bot/cli_ingest.py, bot/workers/sec_poller.py)
    sec_user_agent: str | None = None  # "Name email@example.org": SEC refuses anonymous clients
    sec_poll_minutes: float | None = Field(default=None, ge=1, le=10080)  # unset: no background polling
    sec_base_url: str = "https://data.sec.gov"
    sec_archives_url: str = "https://www.sec.gov"  # EDGAR filing archives (8-K exhibits: `ingest releases`)

    # --- Discord (bot/platforms/discord/); started when DISCORD_TOKEN is set
    discord_token: SecretStr | None = None
    discord_dev_guild_id: int | None = Field(default=None, gt=0, lt=2**64)  # `capexbot discord sync --dev` target
    discord_shard_count: str = "1"  # 1, N > 1, or "auto" (AutoShardedClient)
    # Shards this process runs when they are split across processes ("0-3", "0,2,4-5"); needs a
    # numeric DISCORD_SHARD_COUNT (the total). Unset = every shard here.
    discord_shard_ids: str | None = None
    discord_cooldown_seconds: float = Field(default=3.0, ge=0, le=3600)  # per user and command
    discord_read_messages: bool = False  # message-content intent, for hoax watch on Discord

    # --- Hoax flags (commands/hoax): score (0-1) a message needs to be flagged; `hoax watch on 0.7` overrides
    hoax_threshold: float = Field(default=0.5, gt=0, le=1)

    # --- Alerts outbox worker (bot/workers/alerts.py, bot/cli_alerts.py)
    alerts_enabled: bool = True  # false: `capexbot run` does not deliver alerts
    alerts_global_rate: float = Field(default=20.0, gt=0, le=100_000)  # requests/s per platform (Discord shares 50/s)
    alerts_global_burst: int = Field(default=10, ge=1, le=100_000)
    alerts_target_rate: float = Field(default=0.5, gt=0, le=100_000)  # requests/s per channel, room or webhook URL
    alerts_target_burst: int = Field(default=3, ge=1, le=100_000)
    alerts_concurrency: int = Field(default=50, ge=1, le=1000)  # deliveries in flight at once
    alerts_webhook_timeout: float = Field(default=10.0, gt=0, le=120)  # seconds per webhook request
    alerts_lease_seconds: float = Field(default=120.0, ge=1, le=86400)  # a claimed delivery is ours this long
    alerts_poll_seconds: float = Field(default=0.5, gt=0, le=5)  # check for new due deliveries
    alerts_retry_base_seconds: float = Field(default=2.0, gt=0, le=3600)  # backoff: base * 2^n, jittered
    alerts_retry_max_seconds: float = Field(default=900.0, gt=0, le=86400)
    alerts_max_attempts: int = Field(default=15, ge=1, le=1000)  # then the delivery is marked failed
    alerts_gone_threshold: int = Field(default=3, ge=1, le=1000)  # consecutive "gone" before disabling
    alerts_gone_retry_seconds: float = Field(default=60.0, ge=0, le=86400)  # at least this between "gone" tries

    @field_validator("capexbot_database_url")
    @classmethod
    def _postgres_url(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not is_postgres_url(value.get_secret_value()):
            raise ValueError("must start with postgresql:// (unset it to use the SQLite file CAPEXBOT_DB)")
        return value

    @property
    def database_target(self) -> str | Path:
        """What storage opens: the PostgreSQL URL when set, else the SQLite file."""
        if self.capexbot_database_url is not None:
            return self.capexbot_database_url.get_secret_value()
        return self.capexbot_db

    @property
    def database_label(self) -> str:
        """The database for messages and logs: the URL without its password."""
        if self.capexbot_database_url is not None:
            return redact_url(self.capexbot_database_url.get_secret_value())
        return str(self.capexbot_db)

    @field_validator("discord_dev_guild_id", "discord_token", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("discord_shard_count", mode="before")
    @classmethod
    def _shards(cls, value: object) -> object:
        text = str(value).strip().lower() if value is not None else ""
        if text in ("", "auto"):
            return text or "1"
        if not text.isdigit() or int(text) < 1:
            raise ValueError("must be a whole number >= 1 or 'auto'")
        return text

    @field_validator("discord_shard_ids", mode="before")
    @classmethod
    def _shard_ids(cls, value: object) -> object:
        if value is None or not str(value).strip():
            return None
        return ",".join(str(i) for i in parse_shard_ids(str(value)))

    @model_validator(mode="after")
    def _shard_ids_fit_the_count(self) -> Settings:
        if self.shard_ids:
            if not self.discord_shard_count.isdigit():
                raise ValueError("DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT set to the total number of shards")
            if max(self.shard_ids) >= int(self.discord_shard_count):
                raise ValueError(
                    f"DISCORD_SHARD_IDS: shard {max(self.shard_ids)} does not exist with "
                    f"DISCORD_SHARD_COUNT={self.discord_shard_count} (ids run from 0 to count - 1)"
                )
        return self

    @property
    def shard_ids(self) -> tuple[int, ...] | None:
        """DISCORD_SHARD_IDS as numbers (validated), or None: every shard in this process."""
        return parse_shard_ids(self.discord_shard_ids) if self.discord_shard_ids else None

    @field_validator(*_URL_SETTINGS)
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        """An absolute http(s) URL with a host: `notaurl` or `file:///` would only fail later, in a loop."""
        if value is None:
            return None
        text = value.strip().rstrip("/")
        try:
            parts = urlsplit(text)
            parts.port  # noqa: B018 - raises on a bad port
        except ValueError:
            raise ValueError("is not a valid URL") from None
        if parts.scheme not in ("http", "https") or not parts.hostname or any(c.isspace() for c in text):
            raise ValueError("must be an http(s) URL with a host, e.g. https://example.org")
        if parts.username or parts.password:
            raise ValueError("must not carry a user name or password")
        return text

    @field_validator("matrix_user_id")
    @classmethod
    def _matrix_user(cls, value: str | None) -> str | None:
        if value is not None and not _MATRIX_USER.fullmatch(value.strip()):
            raise ValueError("must look like @bot:example.org")
        return value.strip() if value else value

    @field_validator("discord_token", "matrix_access_token", "matrix_password")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        """Printable, no spaces or line breaks (a pasted quote or newline); the value is never shown."""
        if value is not None and not _TOKEN.fullmatch(value.get_secret_value().strip()):
            raise ValueError("must be printable characters without spaces, at most 512 (value not shown)")
        return SecretStr(value.get_secret_value().strip()) if value is not None else None

    @field_validator("matrix_allowed_inviters")
    @classmethod
    def _inviters(cls, value: str) -> str:
        for item in filter(None, (part.strip() for part in value.split(","))):
            if not (_MATRIX_USER.fullmatch(item) or re.fullmatch(r"\*:[A-Za-z0-9.\-]+(?::[0-9]{1,5})?", item)):
                raise ValueError(f"{item[:60]!r} is neither a user id (@name:server) nor *:server")
        return value

    @model_validator(mode="after")
    def _pairs(self) -> Settings:
        """A front end configured half-way is an error, not a silent fallback to the terminal."""
        matrix = {
            "MATRIX_HOMESERVER": self.matrix_homeserver,
            "MATRIX_USER_ID": self.matrix_user_id,
            "MATRIX_PASSWORD or MATRIX_ACCESS_TOKEN": self.matrix_password or self.matrix_access_token,
        }
        given = [k for k, v in matrix.items() if v]
        if given and len(given) < len(matrix):
            missing = [k for k, v in matrix.items() if not v]
            raise ValueError(f"{given[0]} is set but {missing[0]} is missing (Matrix needs all of them)")
        return self

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value


def parse_shard_ids(text: str) -> tuple[int, ...]:
    """ "0-3" -> (0, 1, 2, 3); "0,2,4-5" -> (0, 2, 4, 5). Sorted, no repeats, ranges low-high."""
    ids: set[int] = set()
    for part in text.replace(" ", "").split(","):
        low, sep, high = part.partition("-")
        if not low.isdigit() or (sep and not high.isdigit()):
            raise ValueError(f"{part!r} is not a shard number or range like 0-3")
        first, last = int(low), int(high) if sep else int(low)
        if last < first:
            raise ValueError(f"range {part!r} runs backwards")
        ids.update(range(first, last + 1))
    return tuple(sorted(ids))


def load_settings(**overrides: object) -> Settings:
    """Settings or a ConfigError naming the first bad variable in one line (never its value)."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = first.get("loc") or ()
        message = str(first["msg"]).removeprefix("Value error, ")
        if not loc:  # a check across settings names them itself
            raise ConfigError(message) from None
        raise ConfigError(f"{str(loc[0]).upper()}: {message}") from None
    except UnicodeDecodeError:
        raise ConfigError(".env is not UTF-8 text; save it as UTF-8") from None
    except OSError as exc:
        raise ConfigError(f".env cannot be read: {exc.strerror or type(exc).__name__}") from None
