from aiohttp import web

from gateway import __version__, appkeys

routes = web.RouteTableDef()


@routes.get("/healthz")
async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok", "version": __version__})


@routes.get("/readyz")
async def readyz(request: web.Request) -> web.Response:
    try:
        await request.app[appkeys.DB].fetchrow("SELECT 1")
    except Exception as exc:  # noqa: BLE001
        return web.json_response({"status": "degraded", "db": str(exc)}, status=503)
    runner = request.app[appkeys.RUNNER]
    return web.json_response({"status": "ready", "jobs_completed": runner.completed, "jobs_failed": runner.failed})
