"""A throwaway PostgreSQL server for the tests: initdb into a temporary directory, listen on a Unix
socket there only (no TCP port to collide on), stopped by its PID at the end.

PostgreSQL refuses to run as root; as root (CI, these machines) the server runs as the `postgres`
system user created by Debian's package (`runuser`), owning the temporary directory.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

from storage.pg import find_binary

PORT = 5432  # only names the socket file inside our own directory


class PgUnavailable(RuntimeError):
    """No PostgreSQL binaries, or the server would not start (the reason is the message)."""


class PgServer:
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="cxpg-"))
        self.data = self.root / "data"
        self.pid: int | None = None
        self._as: list[str] = []

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@/{dbname}?host={self.root}&port={PORT}"

    def start(self) -> PgServer:
        initdb, pg_ctl = find_binary("initdb"), find_binary("pg_ctl")
        if not initdb or not pg_ctl:
            raise PgUnavailable("PostgreSQL is not installed (no initdb/pg_ctl; scripts/test installs it)")
        if os.geteuid() == 0:
            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                raise PgUnavailable("running as root and there is no 'postgres' user to run the server") from None
            os.chown(self.root, user.pw_uid, user.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]
        self._run([initdb, "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                   "--locale=C", "--no-sync"])  # fmt: skip
        options = (
            f"-k {self.root} -c listen_addresses='' -p {PORT} -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=200"
        )
        self._run([pg_ctl, "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options,
                   "-w", "-t", "60", "start"])  # fmt: skip
        self.pid = int((self.data / "postmaster.pid").read_text().split()[0])
        return self

    def _run(self, cmd: list[str]) -> None:
        proc = subprocess.run([*self._as, *cmd], capture_output=True, text=True, timeout=120, cwd=self.root)
        if proc.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text()[-800:] if log.exists() else ""
            raise PgUnavailable(f"{Path(cmd[0]).name} failed: {(proc.stderr or proc.stdout)[-800:]} {tail}")

    def create_database(self, template: str | None = None) -> str:
        """A new empty database (or a copy of `template`); returns its URL."""
        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            create = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
            if template:
                create += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
            conn.execute(create)
        return self.url(name)

    @staticmethod
    def dbname(url: str) -> str:
        return conninfo_to_dict(url)["dbname"]

    def drop_database(self, url: str) -> None:
        name = self.dbname(url)
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def stop(self) -> None:
        """Fast shutdown by PID, then remove the directory."""
        if self.pid is not None:
            try:
                os.kill(self.pid, signal.SIGINT)
                deadline = time.monotonic() + 30
                while time.monotonic() < deadline:
                    os.kill(self.pid, 0)
                    time.sleep(0.05)
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.pid = None
        shutil.rmtree(self.root, ignore_errors=True)
