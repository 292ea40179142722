from __future__ import annotations

import hmac
import logging
import time
import uuid

from aiohttp import web

from gateway import appkeys
from gateway.errors import GatewayError, Unauthorized

log = logging.getLogger("gateway.http")


@web.middleware
async def request_id_middleware(request: web.Request, handler):
    request_id = request.headers.get("X-Request-Id") or uuid.uuid4().hex
    request["request_id"] = request_id
    started = time.perf_counter()
    response = await handler(request)
    response.headers["X-Request-Id"] = request_id
    log.info(
        "%s %s -> %s in %.0fms", request.method, request.path, response.status,
        (time.perf_counter() - started) * 1000, extra={"request_id": request_id},
    )
    return response


@web.middleware
async def error_middleware(request: web.Request, handler):
    try:
        return await handler(request)
    except GatewayError as exc:
        if exc.status >= 500:
            log.error("upstream failure: %s", exc.message, extra={"request_id": request.get("request_id")})
        return web.json_response(exc.to_dict(), status=exc.status)
    except web.HTTPException:
        raise
    except Exception:
        log.exception("unhandled error", extra={"request_id": request.get("request_id")})
        return web.json_response({"error": {"code": "internal_error", "message": "internal error"}}, status=500)


@web.middleware
async def auth_middleware(request: web.Request, handler):
    if request.path in {"/healthz", "/readyz"}:
        return await handler(request)
    if request.path.startswith("/admin/"):
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        allowed = request.app[appkeys.SETTINGS].admin_tokens
        if not any(hmac.compare_digest(token, t) for t in allowed):
            raise Unauthorized("admin token required")
        request["user_id"] = "admin"
        return await handler(request)
    user = request.headers.get("X-User-Id")
    if not user:
        raise Unauthorized("missing X-User-Id (set by the edge proxy)")
    request["user_id"] = user
    return await handler(request)
