"""Fan-out health/metrics endpoint: every replica answers ``ai.ping``."""
from __future__ import annotations

import os
import socket

from svc import Service, rpc
from svc.metrics import metrics


class HealthService(Service):
    name = "health"

    @rpc("ai.ping", queue=None)
    async def ping(self, req: dict) -> dict:
        return {"host": socket.gethostname(), "pid": os.getpid(), "providers": self.registry.names()}

    @rpc("ai.metrics", queue=None)
    async def dump_metrics(self, req: dict) -> dict:
        return metrics.snapshot()
