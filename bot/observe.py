"""What the running bot reports about itself: component states for /healthz, Prometheus metrics.

Front ends and workers tell the `Observer` (reached as `services.observer`) when they connect,
lose their server, deliver an alert or poll the SEC; `bot/health_server.py` serves the result.
One object per process with its own prometheus `CollectorRegistry`, so tests and several bots
in one process never share counters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

State = Literal["ok", "degraded", "down"]


@dataclass(frozen=True)
class ComponentState:
    state: State
    reason: str = ""
    since: str = ""  # ISO time of the last change of state

    def to_json(self) -> dict[str, str]:
        out = {"state": self.state, "since": self.since}
        if self.reason:
            out["reason"] = self.reason
        return out


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Observer:
    """Component states plus the metrics of issue 17 (names are `capexbot_*`)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.components: dict[str, ComponentState] = {}
        r = self.registry
        self.commands = Counter(
            "capexbot_commands",
            "Commands answered, by command and outcome",
            ["command", "outcome"],
            registry=r,
        )
        self.reply_seconds = Histogram(
            "capexbot_reply_seconds",
            "Time from an invocation reaching the door to its reply",
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
            registry=r,
        )
        self.hoax_checks = Counter(
            "capexbot_hoax_checks", "Overheard messages checked for hoaxes", registry=r
        )
        self.hoax_flags = Counter("capexbot_hoax_flags", "Overheard messages flagged as hoaxes", registry=r)
        self.alerts = Counter(
            "capexbot_alerts", "Alert delivery attempts by outcome (delivered, retried, failed)", ["outcome"],
            registry=r,
        )  # fmt: skip
        self.alerts_pending = Gauge("capexbot_alerts_pending", "Alert deliveries waiting", registry=r)
        self.outbox_oldest = Gauge(
            "capexbot_outbox_oldest_pending_seconds", "Age of the oldest pending alert delivery", registry=r
        )
        self.sec_polls = Counter("capexbot_sec_polls", "SEC polls by outcome", ["outcome"], registry=r)
        self.sec_new_figures = Counter(
            "capexbot_sec_new_figures", "New figures stored by SEC polls", registry=r
        )
        self.reconnects = Counter(
            "capexbot_reconnects", "Gateway/sync reconnects and front-end restarts", ["component"], registry=r
        )

    # --- component states
    def set_state(self, component: str, state: State, reason: str = "") -> None:
        """Record a state; `since` moves only when the state (or the reason of a non-ok state) changes."""
        current = self.components.get(component)
        if current is not None and current.state == state and (state == "ok" or current.reason == reason):
            return
        self.components[component] = ComponentState(state, reason[:200], _now_iso())

    def ok(self, component: str) -> None:
        self.set_state(component, "ok")

    def degraded(self, component: str, reason: str) -> None:
        self.set_state(component, "degraded", reason)

    # --- events
    def command(self, name: str, outcome: str, seconds: float) -> None:
        """One reply from the door (commands/door.py); overheard chat counts as a hoax check."""
        if name == "overheard":
            self.hoax_checks.inc()
            if outcome == "flagged":
                self.hoax_flags.inc()
            return
        self.commands.labels(command=name or "unknown", outcome=outcome).inc()
        self.reply_seconds.observe(max(0.0, seconds))

    def reconnect(self, component: str) -> None:
        self.reconnects.labels(component=component).inc()


def observer_of(services: object) -> Observer:
    """The bot's Observer, or a private one nobody reads (CLI runs, tests): callers never check."""
    found = getattr(services, "observer", None)
    if isinstance(found, Observer):
        return found
    global _UNREAD
    if _UNREAD is None:
        _UNREAD = Observer()
    return _UNREAD


_UNREAD: Observer | None = None
