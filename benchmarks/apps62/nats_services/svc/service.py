"""Service base class.

A service declares handlers with ``@rpc("subject")``; ``Service.start`` subscribes
each of them (in a queue group so replicas share the load) and keeps the shared
LLM clients on ``self.llm``.
"""
from __future__ import annotations

import asyncio
import inspect
import logging
import time
from dataclasses import dataclass
from typing import Any, Awaitable, Callable

from nats.aio.client import Client as NATS
from nats.aio.msg import Msg
from nats.aio.subscription import Subscription

from svc.codec import decode, encode, error_reply
from svc.config import Settings, get_settings
from svc.llm import LLMClients, ProviderRegistry

log = logging.getLogger(__name__)

Handler = Callable[..., Awaitable[Any]]


@dataclass
class _Route:
    subject: str
    attr: str
    queue: str | None
    raw: bool


def rpc(subject: str, *, queue: str | None = "", raw: bool = False):
    """Mark a coroutine method as the handler of ``subject``.

    ``queue=""`` means "use the service's default queue group", ``None`` means
    fan-out (every replica receives the message).
    """

    def deco(fn: Handler) -> Handler:
        if not inspect.iscoroutinefunction(fn):
            raise TypeError(f"{fn.__qualname__} must be async")
        fn.__rpc__ = (subject, queue, raw)  # type: ignore[attr-defined]
        return fn

    return deco


class Service:
    name: str = "service"
    version: str = "0.1.0"
    queue_group: str | None = None

    def __init__(
        self,
        nc: NATS,
        *,
        settings: Settings | None = None,
        llm: LLMClients | None = None,
        registry: ProviderRegistry | None = None,
    ) -> None:
        self.nc = nc
        self.settings = settings or get_settings()
        self.llm = llm or LLMClients.from_settings(self.settings)
        self.registry = registry or ProviderRegistry.from_clients(self.llm)
        self._subs: list[Subscription] = []
        self._inflight = 0
        self._stopping = asyncio.Event()

    # -- shared clients -------------------------------------------------
    @property
    def openai(self):
        return self.llm.openai

    @property
    def anthropic(self):
        return self.llm.anthropic

    @property
    def cohere(self):
        return self.llm.cohere

    @property
    def together(self):
        return self.llm.together

    # -- lifecycle ------------------------------------------------------
    @classmethod
    def routes(cls) -> list[_Route]:
        out = []
        for attr, member in inspect.getmembers(cls, predicate=inspect.isfunction):
            meta = getattr(member, "__rpc__", None)
            if meta:
                subject, queue, raw = meta
                out.append(_Route(subject, attr, queue, raw))
        return out

    async def start(self) -> None:
        default_q = self.queue_group or f"{self.settings.service_queue_prefix}.{self.name}"
        for route in self.routes():
            queue = default_q if route.queue == "" else (route.queue or "")
            cb = self._wrap(getattr(self, route.attr), raw=route.raw)
            sub = await self.nc.subscribe(route.subject, queue=queue, cb=cb)
            self._subs.append(sub)
            log.info("%s: listening on %s (queue=%s)", self.name, route.subject, queue or "-")
        await self.on_start()

    async def on_start(self) -> None:
        """Hook for subclasses (JetStream consumers, warmup...)."""

    async def stop(self) -> None:
        self._stopping.set()
        for sub in self._subs:
            try:
                await sub.drain()
            except Exception:  # noqa: BLE001
                log.exception("drain failed for %s", sub.subject)
        deadline = time.monotonic() + 10
        while self._inflight and time.monotonic() < deadline:
            await asyncio.sleep(0.1)

    def _wrap(self, fn: Handler, *, raw: bool):
        async def handler(msg: Msg) -> None:
            self._inflight += 1
            started = time.perf_counter()
            try:
                if raw:
                    result = await fn(msg)
                else:
                    result = await fn(decode(msg.data))
                if msg.reply and result is not None:
                    await msg.respond(result if isinstance(result, bytes) else encode({"ok": True, **result}))
            except ValueError as exc:
                if msg.reply:
                    await msg.respond(error_reply("bad_request", str(exc)))
            except Exception as exc:  # noqa: BLE001
                log.exception("%s failed on %s", self.name, msg.subject)
                if msg.reply:
                    await msg.respond(error_reply("internal", type(exc).__name__))
            finally:
                self._inflight -= 1
                log.debug("%s %s took %.1fms", self.name, msg.subject, (time.perf_counter() - started) * 1000)

        return handler

    def describe(self) -> dict[str, Any]:
        """Endpoint list published on ``$SRV.INFO.<name>``-style discovery subject."""
        return {
            "name": self.name,
            "version": self.version,
            "queue_group": self.queue_group,
            "endpoints": [
                {"subject": r.subject, "handler": r.attr, "queue": r.queue, "raw": r.raw} for r in self.routes()
            ],
        }

    async def announce(self) -> None:
        await self.nc.publish(f"svc.info.{self.name}", encode(self.describe()))

    async def health(self) -> dict[str, Any]:
        return {"service": self.name, "version": self.version, "inflight": self._inflight}
