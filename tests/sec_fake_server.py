"""A local stand-in for SEC's data API (127.0.0.1 only), scripted per test.

Serves `/api/xbrl/companyfacts/CIK##########.json` from `files` (cik -> bytes) with an ETag and a
Last-Modified, answers 304 to a matching conditional request, and plays a queue of scripted
failures first (`script`: "429", "503", "truncate", "404", ...). Every request's headers are
recorded so tests can assert what the client sent. `submissions` (cik -> bytes) answers
`/submissions/CIK##########.json`; `documents` (path -> bytes) answers any other path as is, e.g.
an EDGAR archive's `/Archives/edgar/data/{cik}/{accession}/index.json` and its exhibits.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from aiohttp import web

_PATH = re.compile(r"^/api/xbrl/companyfacts/CIK(\d{10})\.json$")
_SUBMISSIONS = re.compile(r"^/submissions/CIK(\d{10})\.json$")


@dataclass
class FakeSec:
    files: dict[int, bytes] = field(default_factory=dict)
    submissions: dict[int, bytes] = field(default_factory=dict)
    documents: dict[str, bytes] = field(default_factory=dict)
    script: list[str] = field(default_factory=list)
    retry_after: str | None = "0"
    last_modified: str = "Mon, 02 Nov 2026 10:00:00 GMT"
    requests: list[dict[str, str]] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)
    runner: web.AppRunner | None = None
    base_url: str = ""

    def etag(self, body: bytes) -> str:
        return '"' + hashlib.sha256(body).hexdigest()[:16] + '"'

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append({k: v for k, v in request.headers.items()} | {"path": request.path})
        resp = await self._respond(request)
        self.statuses.append(resp.status)
        return resp

    async def _respond(self, request: web.Request) -> web.StreamResponse:
        sub = _SUBMISSIONS.match(request.path)
        if sub and int(sub.group(1)) in self.submissions:
            body = self.submissions[int(sub.group(1))]
            if request.headers.get("If-None-Match") == self.etag(body):
                return web.Response(status=304, headers={"ETag": self.etag(body)})
            return web.Response(body=body, content_type="application/json", headers={"ETag": self.etag(body)})
        if request.path in self.documents:
            body = self.documents[request.path]
            kind = "application/json" if request.path.endswith(".json") else "text/html"
            return web.Response(body=body, content_type=kind)
        m = _PATH.match(request.path)
        if not m or int(m.group(1)) not in self.files:
            return web.Response(status=404, text="not found")
        body = self.files[int(m.group(1))]
        if self.script:
            step = self.script.pop(0)
            if step == "truncate":  # promise the whole body, send half, drop the connection
                resp = web.StreamResponse(status=200, headers={"Content-Type": "application/json"})
                resp.content_length = len(body)
                await resp.prepare(request)
                await resp.write(body[: len(body) // 2])
                request.transport.close()
                return resp
            if step.isdigit():
                headers = {}
                if step == "429" and self.retry_after is not None:
                    headers["Retry-After"] = self.retry_after
                return web.Response(status=int(step), text=f"scripted {step}", headers=headers)
            raise AssertionError(f"unknown script step {step!r}")
        etag = self.etag(body)
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(
            body=body,
            content_type="application/json",
            headers={"ETag": etag, "Last-Modified": self.last_modified},
        )

    async def start(self) -> FakeSec:
        app = web.Application()
        app.router.add_get("/{tail:.*}", self.handle)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}"
        return self

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
