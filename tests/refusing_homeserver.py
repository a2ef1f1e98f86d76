"""A loopback homeserver that knows nobody: login is forbidden (403 M_FORBIDDEN) and every access
token unknown (401 M_UNKNOWN_TOKEN), as Synapse answers them. Shared by the secrets test and the
refused-credentials test."""

from __future__ import annotations

from aiohttp import web


async def start_refusing_homeserver(seen: list[str] | None = None) -> tuple[web.AppRunner, str]:
    """(runner to clean up, base URL); `seen` collects "METHOD /path" of every request."""

    async def answer(request: web.Request) -> web.Response:
        if seen is not None:
            seen.append(f"{request.method} {request.path}")
        if request.path.endswith("/versions"):
            return web.json_response({"versions": ["r0.6.1", "v1.1", "v1.11"]})
        if request.path.endswith("/login") and request.method == "POST":
            return web.json_response({"errcode": "M_FORBIDDEN", "error": "Invalid username or password"}, status=403)
        return web.json_response(
            {"errcode": "M_UNKNOWN_TOKEN", "error": "Invalid access token passed.", "soft_logout": False}, status=401
        )

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", answer)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]
