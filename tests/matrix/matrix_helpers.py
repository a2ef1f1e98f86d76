"""Test-side Matrix actors: a human user on a real matrix-nio client, and the bot as a subprocess
started exactly like production (`capexbot run`, via tests/matrix/run_bot.py)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import nio

from bot.settings import Settings

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


def matrix_settings(synapse: Any, person: Any, **extra: Any) -> Settings:
    """Real Settings for `person` as the bot on `synapse` (no .env read: the test decides)."""
    return Settings(
        _env_file=None,
        matrix_homeserver=synapse.url,
        matrix_user_id=person.user_id,
        matrix_password=person.password,
        **extra,
    )


class UserClient:
    """A person in Element, roughly: logs in, syncs in the background, keeps every timeline event."""

    def __init__(self, homeserver: str, user_id: str, password: str, store_path: Path | None = None) -> None:
        config = nio.AsyncClientConfig(encryption_enabled=store_path is not None, store_sync_tokens=False)
        if store_path is not None:
            store_path.mkdir(parents=True, exist_ok=True)
        self.client = nio.AsyncClient(homeserver, user_id, store_path=str(store_path or ""), config=config)
        self.password = password
        self.events: list[tuple[str, Any]] = []  # (room_id, event), decrypted where possible
        self._task: asyncio.Task | None = None
        self._changed = asyncio.Event()

    @property
    def user_id(self) -> str:
        return self.client.user_id

    async def start(self) -> UserClient:
        resp = await self.client.login(self.password, device_name="test")
        assert isinstance(resp, nio.LoginResponse), resp
        await self._sync_once(timeout=0)
        self._task = asyncio.create_task(self._loop())
        return self

    async def close(self) -> None:
        if self._task:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        await self.client.close()

    async def _sync_once(self, timeout: int) -> None:
        resp = await self.client.sync(timeout=timeout)
        if not isinstance(resp, nio.SyncResponse):
            await asyncio.sleep(0.2)
            return
        if self.client.olm is not None:
            if self.client.should_upload_keys:
                await self.client.keys_upload()
            if self.client.should_query_keys:
                await self.client.keys_query()
            if self.client.should_claim_keys:
                await self.client.keys_claim(self.client.get_users_for_key_claiming())
            await self.client.send_to_device_messages()
        for room_id, info in resp.rooms.join.items():
            for event in info.timeline.events:
                self.events.append((room_id, event))
        self._changed.set()

    async def _loop(self) -> None:
        while True:
            await self._sync_once(timeout=1000)

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 15.0, what: str = "") -> Any:
        deadline = time.monotonic() + timeout
        while True:
            self._changed.clear()  # before looking, so an update landing now is not missed
            value = predicate()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout}s waiting for {what or predicate}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), timeout=0.5)

    # -- actions -----------------------------------------------------------------------------

    async def create_room(self, invite: list[str] = (), encrypted: bool = False) -> str:
        initial = []
        if encrypted:
            initial.append(
                {
                    "type": "m.room.encryption",
                    "state_key": "",
                    "content": {"algorithm": "m.megolm.v1.aes-sha2"},
                }
            )
        resp = await self.client.room_create(invite=list(invite), initial_state=initial)
        assert isinstance(resp, nio.RoomCreateResponse), resp
        return resp.room_id

    async def send_text(self, room_id: str, body: str, msgtype: str = "m.text", **extra: Any) -> str:
        content = {"msgtype": msgtype, "body": body, **extra}
        resp = await self.client.room_send(room_id, "m.room.message", content, ignore_unverified_devices=True)
        assert isinstance(resp, nio.RoomSendResponse), resp
        return resp.event_id

    def membership(self, room_id: str, user_id: str) -> str | None:
        """Latest membership of `user_id` seen in this client's timeline for `room_id`."""
        state = None
        for rid, event in self.events:
            if rid == room_id and isinstance(event, nio.RoomMemberEvent) and event.state_key == user_id:
                state = event.membership
        return state

    def replies_to(self, room_id: str, event_id: str, sender: str) -> list[Any]:
        out = []
        for rid, event in self.events:
            if rid != room_id or event.sender != sender:
                continue
            relates = event.source.get("content", {}).get("m.relates_to") or {}
            if (relates.get("m.in_reply_to") or {}).get("event_id") == event_id:
                out.append(event)
        return out

    def from_sender(self, room_id: str, sender: str) -> list[Any]:
        return [e for rid, e in self.events if rid == room_id and e.sender == sender]

    async def reply_to(self, room_id: str, event_id: str, sender: str, timeout: float = 30.0) -> Any:
        found = await self.wait_for(
            lambda: self.replies_to(room_id, event_id, sender),
            timeout,
            f"a reply from {sender} to {event_id}",
        )
        return found[0]


def serve_bot(
    workdir: Path, synapse: Any, me: Any, inviters: list[Any], database: dict[str, str] | None = None,
    **extra: str,
) -> Iterator[BotProcess]:
    """A module fixture's body: the bot logged in as `me`, accepting invites from `inviters`,
    on a SQLite file in `workdir` unless `database` says otherwise; after the module its log is
    printed (pytest shows it when a test failed) and it must stop cleanly. Returns the process."""
    proc = BotProcess(
        workdir,
        {
            **(database or {"CAPEXBOT_DB": str(workdir / "capexbot.sqlite3")}),
            "MATRIX_HOMESERVER": synapse.url,
            "MATRIX_USER_ID": me.user_id,
            "MATRIX_PASSWORD": me.password,
            "MATRIX_ALLOWED_INVITERS": ", ".join(p.user_id for p in inviters),
            "LOG_LEVEL": "INFO",
            **extra,
        },
    )
    proc.start()
    yield proc
    print(proc.log_path.read_text(errors="replace"))
    assert proc.stop() == 0, proc.log()
    return proc


class BotProcess:
    """`capexbot run` in a subprocess (through tests/matrix/run_bot.py, which adds a test-only
    command that needs the manage permission). Readiness = its log line after the first sync."""

    READY = "matrix: connected as"

    def __init__(self, workdir: Path, env: dict[str, str]) -> None:
        self.workdir, self.env = workdir, env
        self.log_path = workdir / "bot.log"
        self.proc: subprocess.Popen | None = None
        self._log_offset = 0

    def start(self, timeout: float = 60.0) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "MATRIX_", "CAPEXBOT_"))}
        env.update(self.env)
        env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
        self._log_offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, str(HERE / "run_bot.py")],
                cwd=self.workdir,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while self.READY not in self.log():
            if self.proc.poll() is not None:
                raise AssertionError(f"bot exited with {self.proc.returncode}:\n{self.log()}")
            if time.monotonic() > deadline:
                self.stop()
                raise AssertionError(f"bot not ready after {timeout}s:\n{self.log()}")
            time.sleep(0.05)

    def log(self) -> str:
        """This run's log output."""
        if not self.log_path.exists():
            return ""
        with open(self.log_path, "rb") as f:
            f.seek(self._log_offset)
            return f.read().decode(errors="replace")

    def stop(self, timeout: float = 20.0) -> int:
        """SIGTERM, as a service manager would; returns the exit code."""
        if self.proc is None or self.proc.poll() is not None:
            return self.proc.returncode if self.proc else 0
        os.kill(self.proc.pid, signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
            raise AssertionError(f"bot ignored SIGTERM for {timeout}s:\n{self.log()}") from None
