"""Worker plugin that builds SDK clients once per worker process.

Tasks read them back with ``worker_clients()``:

    clients = worker_clients()
    clients.openai.chat.completions.create(...)
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Any

from distributed import get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from enrich.config import load_settings
from enrich.lib import clients as client_factories
from enrich.lib.ratelimit import LimiterRegistry

log = logging.getLogger(__name__)

PLUGIN_NAME = "llm-clients"


@dataclass
class ClientBundle:
    openai: Any = None
    together: Any = None
    fireworks: Any = None
    bedrock: Any = None
    hf: Any = None
    limiters: LimiterRegistry | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def close(self) -> None:
        for c in (self.openai, self.together, self.fireworks):
            close = getattr(c, "close", None)
            if close:
                try:
                    close()
                except Exception:  # noqa: BLE001
                    log.debug("error closing client", exc_info=True)


class LLMClientsPlugin(WorkerPlugin):
    """Registered by the driver: ``client.register_plugin(LLMClientsPlugin(...))``."""

    name = PLUGIN_NAME

    def __init__(self, providers: tuple[str, ...] = ("openai", "together", "fireworks", "bedrock", "hf"),
                 n_workers: int = 1, env: dict[str, str] | None = None):
        self.providers = providers
        self.n_workers = n_workers
        # secrets are forwarded explicitly; workers on the k8s cluster do not
        # inherit the driver's environment
        self.env = env or {}

    def setup(self, worker):
        os.environ.update(self.env)
        settings = load_settings()
        bundle = ClientBundle()
        if "openai" in self.providers:
            bundle.openai = client_factories.make_openai_client()
        if "together" in self.providers:
            bundle.together = client_factories.make_together_client()
        if "fireworks" in self.providers:
            bundle.fireworks = client_factories.make_fireworks_client()
        if "bedrock" in self.providers:
            bundle.bedrock = client_factories.make_bedrock_client()
        if "hf" in self.providers:
            bundle.hf = client_factories.make_hf_client()
        bundle.limiters = LimiterRegistry(
            {
                "openai": settings.limits.openai_rpm,
                "together": settings.limits.together_rpm,
                "fireworks": settings.limits.fireworks_rpm,
                "bedrock": settings.limits.bedrock_rpm,
                "hf": settings.limits.hf_rpm,
            },
            n_workers=self.n_workers,
        )
        worker.llm_clients = bundle
        log.info("worker %s: LLM clients ready (%s)", worker.address, ",".join(self.providers))

    def teardown(self, worker):
        bundle = getattr(worker, "llm_clients", None)
        if bundle is not None:
            bundle.close()
            del worker.llm_clients


def worker_clients() -> ClientBundle:
    """Return the bundle built by LLMClientsPlugin on this worker."""
    worker = get_worker()
    try:
        return worker.llm_clients
    except AttributeError:
        raise RuntimeError(
            "LLMClientsPlugin is not registered on this worker; "
            "call enrich.cluster.connect() from the driver"
        ) from None


def worker_limiter(provider: str):
    bundle = worker_clients()
    return bundle.limiters[provider] if bundle.limiters else None
