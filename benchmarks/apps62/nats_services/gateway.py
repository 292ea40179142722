"""HTTP front: turns REST calls into NATS requests."""
from __future__ import annotations

import asyncio
import json
import logging

import nats
from aiohttp import web
from nats.errors import NoRespondersError, TimeoutError as NatsTimeout

from llm_platform.llm_usage_tracker import llm_tracker
from svc.codec import decode, encode
from svc.config import get_settings
from svc.llm import make_deepseek_client

log = logging.getLogger("gateway")
routes = web.RouteTableDef()

SUBJECTS = {
    "summarise": "ai.summarise",
    "classify": "ai.classify",
    "embed": "ai.embed",
    "translate": "ai.translate",
    "moderate": "ai.moderate",
    "agent": "ai.agent",
    "feedback": "ai.feedback.analyse",
    "image": "ai.image",
}


API_KEYS_ENV = "GATEWAY_API_KEYS"
RATE_WINDOW_S = 60
RATE_LIMIT = 120


class RateLimiter:
    """Fixed-window limiter per API key (single gateway replica, good enough)."""

    def __init__(self, limit: int = RATE_LIMIT, window: int = RATE_WINDOW_S) -> None:
        self.limit = limit
        self.window = window
        self._hits: dict[str, tuple[int, int]] = {}

    def allow(self, key: str) -> bool:
        import time

        bucket = int(time.time()) // self.window
        prev_bucket, count = self._hits.get(key, (bucket, 0))
        if prev_bucket != bucket:
            count = 0
        if count >= self.limit:
            self._hits[key] = (bucket, count)
            return False
        self._hits[key] = (bucket, count + 1)
        return True


def _load_keys() -> set[str]:
    import os

    raw = os.environ.get(API_KEYS_ENV, "")
    return {k.strip() for k in raw.split(",") if k.strip()}


@web.middleware
async def auth_middleware(request: web.Request, handler):
    if request.path == "/healthz":
        return await handler(request)
    keys: set[str] = request.app.get("api_keys") or set()
    token = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    if keys and token not in keys:
        return web.json_response({"ok": False, "error": "unauthorised"}, status=401)
    limiter: RateLimiter = request.app["limiter"]
    if not limiter.allow(token or request.remote or "anon"):
        return web.json_response({"ok": False, "error": "rate limited"}, status=429)
    return await handler(request)


@web.middleware
async def error_middleware(request: web.Request, handler):
    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except (KeyError, json.JSONDecodeError) as exc:
        return web.json_response({"ok": False, "error": f"bad request: {exc}"}, status=400)
    except Exception:  # noqa: BLE001
        log.exception("unhandled error on %s", request.path)
        return web.json_response({"ok": False, "error": "internal"}, status=500)


async def forward(request: web.Request, subject: str, timeout: float = 30.0) -> web.Response:
    nc = request.app["nc"]
    body = await request.read()
    try:
        reply = await nc.request(subject, body, timeout=timeout)
    except NoRespondersError:
        return web.json_response({"ok": False, "error": "service unavailable"}, status=503)
    except NatsTimeout:
        return web.json_response({"ok": False, "error": "timeout"}, status=504)
    payload = decode(reply.data)
    return web.json_response(payload, status=200 if payload.get("ok", True) else 400)


@routes.post("/v1/{op}")
async def op_handler(request: web.Request) -> web.Response:
    op = request.match_info["op"]
    if op not in SUBJECTS:
        raise web.HTTPNotFound()
    return await forward(request, SUBJECTS[op], timeout=120 if op == "agent" else 30)


@routes.post("/v1/quick-answer")
async def quick_answer(request: web.Request) -> web.Response:
    """Latency-sensitive FAQ answers; bypasses NATS on purpose (p99 budget 800ms)."""
    data = await request.json()
    client = request.app["deepseek"]
    resp = await client.chat.completions.create(
        model="deepseek-chat",
        messages=[
            {"role": "system", "content": "You answer product FAQ questions in two sentences."},
            {"role": "user", "content": data["question"]},
        ],
        max_tokens=200,
    )
    return web.json_response({"answer": resp.choices[0].message.content})


@routes.post("/v1/quick-answer/tracked")
async def quick_answer_tracked(request: web.Request) -> web.Response:
    data = await request.json()
    client = request.app["deepseek"]
    async with llm_tracker.track_llm_call(
        provider="deepseek", model="deepseek-chat", feature_context="gateway_faq"
    ) as usage_log:
        resp = await client.chat.completions.create(
            model="deepseek-chat",
            messages=[{"role": "user", "content": data["question"]}],
            max_tokens=200,
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return web.json_response({"answer": resp.choices[0].message.content})


@routes.post("/v1/batch/{kind}")
async def enqueue_batch(request: web.Request) -> web.Response:
    js = request.app["js"]
    kind = request.match_info["kind"]
    items = await request.json()
    acks = await asyncio.gather(*(js.publish(f"batch.{kind}", encode(it)) for it in items))
    return web.json_response({"queued": len(acks), "stream": acks[0].stream if acks else None})


@routes.get("/healthz")
async def healthz(request: web.Request) -> web.Response:
    nc = request.app["nc"]
    return web.json_response({"nats": nc.is_connected})


async def on_startup(app: web.Application) -> None:
    s = get_settings()
    app["nc"] = await nats.connect(servers=s.nats_servers, name="gateway")
    app["js"] = app["nc"].jetstream()
    app["deepseek"] = make_deepseek_client(s)
    llm_tracker.bind(app["nc"])


async def on_cleanup(app: web.Application) -> None:
    await app["nc"].drain()
    await app["deepseek"].close()


def create_app() -> web.Application:
    app = web.Application(client_max_size=8 * 1024**2, middlewares=[error_middleware, auth_middleware])
    app["api_keys"] = _load_keys()
    app["limiter"] = RateLimiter()
    app.add_routes(routes)
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    s = get_settings()
    web.run_app(create_app(), host=s.http_host, port=s.http_port)
