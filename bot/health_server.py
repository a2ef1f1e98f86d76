"""`CAPEXBOT_HEALTH_PORT`: GET /healthz (JSON state per component) and GET /metrics (Prometheus).

Off unless the port is set; bound to 127.0.0.1 unless CAPEXBOT_HEALTH_HOST says otherwise, so
metrics are not published to the network by accident. /healthz answers 200 when every component
is ok and 503 otherwise; the database is probed on each request (a query with a short timeout).
"""

from __future__ import annotations

import asyncio
import logging
import time

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot.observe import Observer
from commands.services import Services

log = logging.getLogger("capexbot.health")
DB_PROBE_TIMEOUT = 2.0


class HealthServer:
    name = "health"

    def __init__(self, services: Services, observer: Observer, host: str, port: int) -> None:
        self.services = services
        self.observer = observer
        self.host, self.port = host, port
        self.runner: web.AppRunner | None = None

    async def _probe_database(self) -> None:
        try:
            pending, oldest = await asyncio.wait_for(
                self.services.storage.outbox.pending_stats(), timeout=DB_PROBE_TIMEOUT
            )
        except TimeoutError:
            self.observer.degraded("database", f"no answer within {DB_PROBE_TIMEOUT:g} s (locked?)")
            return
        except Exception as exc:  # a broken database must show in /healthz, not crash the server
            self.observer.set_state("database", "down", type(exc).__name__)
            return
        self.observer.ok("database")
        self.observer.alerts_pending.set(pending)
        self.observer.outbox_oldest.set(max(0.0, time.time() - oldest) if oldest else 0.0)

    async def healthz(self, request: web.Request) -> web.Response:
        await self._probe_database()
        components = {name: s.to_json() for name, s in sorted(self.observer.components.items())}
        healthy = all(s["state"] == "ok" for s in components.values())
        body = {"status": "ok" if healthy else "degraded", "components": components}
        return web.json_response(body, status=200 if healthy else 503)

    async def metrics(self, request: web.Request) -> web.Response:
        await self._probe_database()
        return web.Response(
            body=generate_latest(self.observer.registry), headers={"Content-Type": CONTENT_TYPE_LATEST}
        )

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/healthz", self.healthz)
        app.router.add_get("/metrics", self.metrics)
        self.runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self.runner.setup()
        site = web.TCPSite(self.runner, self.host, self.port, shutdown_timeout=1.0)
        await site.start()
        log.info("health: http://%s:%d/healthz and /metrics", self.host, self.port)

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None
