"""Driver-side cluster connection."""
from __future__ import annotations

import logging
import os
from contextlib import contextmanager

from dask.distributed import Client, LocalCluster

from enrich.config import Settings, load_settings
from enrich.plugins import LLMClientsPlugin

log = logging.getLogger(__name__)

_FORWARDED_ENV = (
    "OPENAI_API_KEY", "OPENAI_ORG_ID", "TOGETHER_API_KEY", "FIREWORKS_API_KEY",
    "HF_TOKEN", "AWS_REGION", "AWS_PROFILE",
)


def _forwarded_env() -> dict[str, str]:
    return {k: os.environ[k] for k in _FORWARDED_ENV if k in os.environ}


def connect(settings: Settings | None = None, providers: tuple[str, ...] | None = None) -> Client:
    settings = settings or load_settings()
    cs = settings.cluster
    if cs.scheduler_address:
        client = Client(cs.scheduler_address)
        n_workers = len(client.scheduler_info().get("workers", {})) or cs.n_workers
    else:
        cluster = LocalCluster(
            n_workers=cs.n_workers,
            threads_per_worker=cs.threads_per_worker,
            memory_limit=cs.memory_limit,
            processes=True,
        )
        client = Client(cluster)
        n_workers = cs.n_workers

    plugin_kwargs = {"n_workers": n_workers, "env": _forwarded_env()}
    if providers:
        plugin_kwargs["providers"] = providers
    plugin = LLMClientsPlugin(**plugin_kwargs)
    # register_worker_plugin is deprecated since 2023.9 but the prod scheduler
    # is still on 2023.6 -- TODO drop the fallback after the cluster upgrade
    if hasattr(client, "register_plugin"):
        client.register_plugin(plugin)
    else:
        client.register_worker_plugin(plugin, name=plugin.name)
    log.info("connected to %s (%d workers)", client.dashboard_link, n_workers)
    return client


@contextmanager
def cluster_session(settings: Settings | None = None, providers: tuple[str, ...] | None = None):
    client = connect(settings, providers)
    try:
        yield client
    finally:
        client.close()
