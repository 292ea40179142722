"""Dramatiq middleware.

``ClientsMiddleware`` gives each worker *thread* its own set of non-thread-safe clients
(watsonx ``ModelInference`` keeps a requests session per instance, the ollama client is
an httpx.Client) and warms the process-wide cached getters in ``claimsdoc.clients``.

Actors read them with ``worker_clients()``.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Any

import dramatiq
import ollama
from dramatiq.middleware import Middleware
from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import Embeddings, ModelInference

from claimsdoc import clients
from claimsdoc.settings import settings

log = logging.getLogger(__name__)

_local = threading.local()


@dataclass
class WorkerClients:
    granite: ModelInference
    granite_embed: Embeddings
    ollama: ollama.Client
    booted_at: float


def _build_worker_clients() -> WorkerClients:
    creds = Credentials(url=settings.watsonx_url, api_key=settings.watsonx_api_key)
    granite = ModelInference(
        model_id=settings.watsonx_model_id,
        credentials=creds,
        project_id=settings.watsonx_project_id,
        params={"max_new_tokens": 700, "temperature": 0.1},
    )
    granite_embed = Embeddings(
        model_id="ibm/slate-125m-english-rtrvr",
        credentials=creds,
        project_id=settings.watsonx_project_id,
    )
    return WorkerClients(
        granite=granite,
        granite_embed=granite_embed,
        ollama=ollama.Client(host=settings.ollama_host, timeout=180),
        booted_at=time.time(),
    )


def worker_clients() -> WorkerClients:
    """Clients for the current worker thread (lazily created outside a worker, e.g. in scripts)."""
    wc = getattr(_local, "clients", None)
    if wc is None:
        wc = _build_worker_clients()
        _local.clients = wc
    return wc


class ClientsMiddleware(Middleware):
    """Set up per-process and per-thread SDK clients."""

    def after_process_boot(self, broker):
        # fork safety: anything cached in the parent must be rebuilt here
        clients.reset_all()
        clients.get_openai()
        clients.get_anthropic()
        clients.get_bedrock_runtime()
        log.info("provider clients warmed in pid")

    def before_process_message(self, broker, message):
        if getattr(_local, "clients", None) is None:
            _local.clients = _build_worker_clients()

    def before_worker_thread_shutdown(self, broker, thread):
        wc = getattr(_local, "clients", None)
        if wc is not None:
            try:
                wc.granite.close_persistent_connection()
            except Exception:  # noqa: BLE001 - older ibm-watsonx-ai has no such method
                pass
            _local.clients = None


class ClaimContextMiddleware(Middleware):
    """Copies claim_id/tenant from message options into a thread-local for logging."""

    def before_process_message(self, broker, message):
        _local.claim_id = message.options.get("claim_id")
        _local.tenant = message.options.get("tenant", "default")

    def after_process_message(self, broker, message, *, result=None, exception=None):
        _local.claim_id = None
        _local.tenant = None

    @property
    def actor_options(self):
        return {"claim_id", "tenant"}


def current_claim_id() -> str | None:
    return getattr(_local, "claim_id", None)


def current_tenant() -> str:
    return getattr(_local, "tenant", None) or "default"


class SlowMessageMiddleware(Middleware):
    """Logs messages that take longer than ``threshold`` seconds."""

    def __init__(self, threshold: float = 30.0) -> None:
        self.threshold = threshold

    def before_process_message(self, broker, message):
        message.options["_t0"] = time.monotonic()

    def after_process_message(self, broker, message, *, result=None, exception=None):
        t0 = message.options.pop("_t0", None)
        if t0 is None:
            return
        took = time.monotonic() - t0
        if took > self.threshold:
            log.warning("slow message %s.%s took %.1fs", message.queue_name, message.actor_name, took)

    after_skip_message = after_process_message


def default_middleware() -> list[Any]:
    return [ClientsMiddleware(), ClaimContextMiddleware(), SlowMessageMiddleware()]


__all__ = [
    "ClientsMiddleware",
    "ClaimContextMiddleware",
    "SlowMessageMiddleware",
    "WorkerClients",
    "worker_clients",
    "current_claim_id",
    "current_tenant",
    "default_middleware",
    "dramatiq",
]
