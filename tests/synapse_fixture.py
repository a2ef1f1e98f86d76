"""A real Synapse homeserver on 127.0.0.1 for end-to-end Matrix tests.

Nothing is installed at test time: `.ci/run` installs `matrix-synapse` into its own virtualenv and
exports `SYNAPSE_BIN_DIR` (the `bin/` directory of that virtualenv). Locally, point
`SYNAPSE_BIN_DIR` (or `SYNAPSE_VENV`) at any virtualenv with `matrix-synapse`, or create one at
`.ci/synapse-venv` (ignored by git).

The config is generated in a temporary directory: one client listener on a free loopback port, no
federation, `trusted_key_servers: []`, SQLite, registration by shared secret only, rate limits
relaxed so tests and benchmarks measure the bot, not Synapse's throttling. Users are registered
through the shared-secret admin API (the same HMAC exchange `register_new_matrix_user -k` does,
without paying a Python start-up per user). The server is stopped by PID.

With `CI=true` a Synapse that cannot start is a failure; elsewhere callers skip with the reason
(`SynapseUnavailable`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SERVER_NAME = "capexbot.test"
_RELAXED = {"per_second": 10_000, "burst_count": 10_000}


class SynapseUnavailable(RuntimeError):
    """Synapse is not installed or did not start; the message says why."""


@dataclass(frozen=True)
class MatrixUser:
    user_id: str
    password: str
    access_token: str
    device_id: str

    @property
    def localpart(self) -> str:
        return self.user_id[1:].split(":", 1)[0]


def find_synapse_python() -> Path:
    """The Python interpreter of a virtualenv that has matrix-synapse installed."""
    candidates: list[Path] = []
    if os.environ.get("SYNAPSE_BIN_DIR"):
        candidates.append(Path(os.environ["SYNAPSE_BIN_DIR"]) / "python")
    if os.environ.get("SYNAPSE_VENV"):
        candidates.append(Path(os.environ["SYNAPSE_VENV"]) / "bin" / "python")
    candidates.append(REPO_ROOT / ".ci" / "synapse-venv" / "bin" / "python")
    for python in candidates:
        if python.exists() and (python.parent / "register_new_matrix_user").exists():
            return python
    raise SynapseUnavailable(
        "matrix-synapse not found (set SYNAPSE_BIN_DIR to the bin/ of a virtualenv with "
        "matrix-synapse, or create .ci/synapse-venv); looked at: " + ", ".join(map(str, candidates))
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _signing_key() -> str:
    """An ed25519 signing key in Synapse's file format (`ed25519 <version> <seed, unpadded b64>`)."""
    seed = base64.b64encode(os.urandom(32)).decode().rstrip("=")
    return f"ed25519 a_{secrets.token_hex(2)} {seed}\n"


def write_config(workdir: Path, port: int, shared_secret: str) -> Path:
    """Write homeserver.yaml (as JSON, which YAML accepts) and its companions into `workdir`."""
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "signing.key").write_text(_signing_key())
    log_config = {
        "version": 1,
        "formatters": {"f": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
        "handlers": {
            "file": {
                "class": "logging.FileHandler",
                "formatter": "f",
                "filename": str(workdir / "homeserver.log"),
            }
        },
        "root": {"level": os.environ.get("SYNAPSE_LOG_LEVEL", "WARNING"), "handlers": ["file"]},
        "disable_existing_loggers": False,
    }
    (workdir / "log.config").write_text(json.dumps(log_config))
    config = {
        "server_name": SERVER_NAME,
        "public_baseurl": f"http://127.0.0.1:{port}/",
        "pid_file": str(workdir / "homeserver.pid"),
        "listeners": [
            {
                "port": port,
                "bind_addresses": ["127.0.0.1"],
                "type": "http",
                "tls": False,
                "x_forwarded": False,
                "resources": [{"names": ["client"], "compress": False}],
            }
        ],
        "database": {"name": "sqlite3", "args": {"database": str(workdir / "homeserver.db")}},
        "log_config": str(workdir / "log.config"),
        "media_store_path": str(workdir / "media"),
        "signing_key_path": str(workdir / "signing.key"),
        "registration_shared_secret": shared_secret,
        "enable_registration": False,
        "bcrypt_rounds": 4,  # test passwords: fast logins
        "macaroon_secret_key": secrets.token_hex(16),
        "form_secret": secrets.token_hex(16),
        "report_stats": False,
        "trusted_key_servers": [],
        "suppress_key_server_warning": True,
        "federation_domain_whitelist": [],
        "enable_metrics": False,
        "url_preview_enabled": False,
        "presence": {"enabled": False},
        "max_upload_size": "10M",
        "rc_message": _RELAXED,
        "rc_registration": _RELAXED,
        "rc_login": {"address": _RELAXED, "account": _RELAXED, "failed_attempts": _RELAXED},
        "rc_joins": {"local": _RELAXED, "remote": _RELAXED},
        "rc_joins_per_room": _RELAXED,
        "rc_invites": {"per_room": _RELAXED, "per_user": _RELAXED, "per_issuer": _RELAXED},
        "rc_admin_redaction": _RELAXED,
        "rc_key_requests": _RELAXED,
        "rc_media_create": _RELAXED,
        "rc_delayed_event_mgmt": _RELAXED,
        "rc_room_creation": _RELAXED,  # room upgrades count as creations
        "rc_presence": {"per_user": _RELAXED},
    }
    path = workdir / "homeserver.yaml"
    path.write_text(json.dumps(config, indent=1))
    return path


@dataclass
class SynapseServer:
    """A running Synapse; `url` is its client-server API base (http://127.0.0.1:PORT)."""

    workdir: Path
    port: int
    shared_secret: str
    process: subprocess.Popen | None = None
    server_name: str = SERVER_NAME
    users: dict[str, MatrixUser] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    def user_id(self, localpart: str) -> str:
        return f"@{localpart}:{self.server_name}"

    # -- life cycle ---------------------------------------------------------------------------

    def start(self, python: Path, timeout: float = 60.0) -> None:
        config = write_config(self.workdir, self.port, self.shared_secret)
        out = open(self.workdir / "stdout.log", "wb")  # noqa: SIM115 - closed with the process
        self.process = subprocess.Popen(
            [str(python), "-m", "synapse.app.homeserver", "-c", str(config)],
            cwd=self.workdir,
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "SYNAPSE_ASYNC_IO_REACTOR": "0", "PYTHONUNBUFFERED": "1"},
        )
        out.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SynapseUnavailable(
                    f"synapse exited with code {self.process.returncode}: {self.log_tail()}"
                )
            try:
                with urllib.request.urlopen(f"{self.url}/_matrix/client/versions", timeout=2) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.1)
        self.stop()
        raise SynapseUnavailable(f"synapse not ready after {timeout:.0f}s: {self.log_tail()}")

    def stop(self) -> None:
        """SIGTERM by PID, SIGKILL after 10 s."""
        if self.process is None or self.process.poll() is not None:
            return
        os.kill(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def log_tail(self, n: int = 2000) -> str:
        text = ""
        for name in ("stdout.log", "homeserver.log"):
            p = self.workdir / name
            if p.exists():
                text += p.read_text(errors="replace")[-n:]
        return text.strip() or "(no output)"

    # -- users --------------------------------------------------------------------------------

    def _request(self, method: str, path: str, body: dict | None = None, token: str | None = None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(f"{self.url}{path}", data=data, method=method)
        req.add_header("Content-Type", "application/json")
        if token:
            req.add_header("Authorization", f"Bearer {token}")
        with urllib.request.urlopen(req, timeout=10) as r:
            return json.loads(r.read() or b"{}")

    def register(self, localpart: str, password: str | None = None, admin: bool = False) -> MatrixUser:
        """Register a user through the shared-secret API (idempotent per fixture: cached)."""
        if localpart in self.users:
            return self.users[localpart]
        password = password or secrets.token_urlsafe(12)
        nonce = self._request("GET", "/_synapse/admin/v1/register")["nonce"]
        # HMAC-SHA1 over nonce\0user\0password\0admin|notadmin, keyed by the shared secret.
        mac = hmac.new(
            self.shared_secret.encode(),
            b"\x00".join(p.encode() for p in (nonce, localpart, password, "admin" if admin else "notadmin")),
            hashlib.sha1,
        )
        out = self._request(
            "POST",
            "/_synapse/admin/v1/register",
            {
                "nonce": nonce,
                "username": localpart,
                "password": password,
                "admin": admin,
                "mac": mac.hexdigest(),
            },
        )
        user = MatrixUser(out["user_id"], password, out["access_token"], out["device_id"])
        self.users[localpart] = user
        return user


def start_synapse(workdir: Path, timeout: float = 60.0) -> SynapseServer:
    """Find, configure and start Synapse; raise SynapseUnavailable with the reason."""
    python = find_synapse_python()
    server = SynapseServer(workdir=workdir, port=free_port(), shared_secret=secrets.token_hex(16))
    server.start(python, timeout=timeout)
    return server
