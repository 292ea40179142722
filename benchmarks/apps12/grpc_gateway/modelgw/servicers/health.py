"""Health reporting.

We serve the standard grpc.health.v1 service. The overall status ("") tracks
process liveness; each provider also gets its own service name
(``modelgw.provider.<name>``) so callers can route around a broken vendor.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Awaitable, Callable, Dict

from grpc_health.v1 import health, health_pb2

from modelgw.config import settings
from modelgw.providers import clients

log = logging.getLogger(__name__)

SERVING = health_pb2.HealthCheckResponse.SERVING
NOT_SERVING = health_pb2.HealthCheckResponse.NOT_SERVING


async def _probe_openai() -> None:
    await clients.openai_client().models.list()


async def _probe_anthropic() -> None:
    await clients.anthropic_client().models.list(limit=1)


async def _probe_ollama() -> None:
    running = await clients.ollama_client().ps()
    log.debug("ollama has %d models loaded", len(running.models))


async def _probe_cerebras() -> None:
    # Their models endpoint stays up through inference outages (twice in
    # March), so the deep check asks for a single token instead.
    await clients.cerebras_client().chat.completions.create(
        model=settings.default_models["cerebras"],
        messages=[{"role": "user", "content": "ping"}],
        max_completion_tokens=1,
    )


PROBES: Dict[str, Callable[[], Awaitable[None]]] = {
    "openai": _probe_openai,
    "anthropic": _probe_anthropic,
    "ollama": _probe_ollama,
    "cerebras": _probe_cerebras,
}


class ProviderHealthReporter:
    def __init__(self, servicer: health.aio.HealthServicer, interval_s: float = 30.0):
        self._servicer = servicer
        self._interval_s = interval_s
        self._task = None

    async def _check(self, name: str, probe: Callable[[], Awaitable[None]]) -> None:
        try:
            await asyncio.wait_for(probe(), timeout=10)
            status = SERVING
        except Exception as exc:  # noqa: BLE001
            log.warning("health probe for %s failed: %s", name, exc)
            status = NOT_SERVING
        await self._servicer.set(f"modelgw.provider.{name}", status)

    async def run_once(self) -> None:
        checks = []
        for name in settings.enabled_providers:
            probe = PROBES.get(name)
            if probe is None:
                # no cheap probe for this vendor: assume serving while configured
                await self._servicer.set(f"modelgw.provider.{name}", SERVING)
                continue
            if name == "cerebras" and not settings.deep_health_checks:
                continue
            checks.append(self._check(name, probe))
        await asyncio.gather(*checks)

    async def _loop(self) -> None:
        while True:
            await self.run_once()
            await asyncio.sleep(self._interval_s)

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._loop())

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
        await self._servicer.enter_graceful_shutdown()
