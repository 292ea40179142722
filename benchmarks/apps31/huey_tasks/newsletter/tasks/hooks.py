"""Consumer lifecycle hooks.

Shared resources live in ``SHARED`` and are created once per worker in the
``on_startup`` hook (huey runs it in every worker thread/process).
"""
import logging
import time

from huey.signals import SIGNAL_ERROR, SIGNAL_EXECUTING, SIGNAL_RETRYING
from mistralai import Mistral

from newsletter.config import huey, settings
from newsletter.providers.clients import reset_clients
from newsletter.providers.http_llm import HttpMessagesClient

log = logging.getLogger("newsletter.hooks")

SHARED = {}
_task_started = {}


@huey.on_startup()
def open_shared_resources():
    reset_clients()
    SHARED["mistral"] = Mistral(api_key=settings.mistral_api_key, timeout_ms=90_000)
    SHARED["http"] = HttpMessagesClient()
    SHARED["started_at"] = time.time()
    log.info("worker resources ready: %s", sorted(SHARED))


@huey.on_shutdown()
def close_shared_resources():
    http = SHARED.pop("http", None)
    if http is not None:
        http.close()
    SHARED.clear()


@huey.signal(SIGNAL_EXECUTING)
def _mark_start(signal, task):
    _task_started[task.id] = time.monotonic()


@huey.signal(SIGNAL_ERROR, SIGNAL_RETRYING)
def _log_failure(signal, task, exc=None):
    started = _task_started.pop(task.id, None)
    elapsed = f"{time.monotonic() - started:.1f}s" if started else "?"
    log.warning("task %s %s after %s: %r", task.name, signal, elapsed, exc)


def shared_mistral():
    client = SHARED.get("mistral")
    if client is None:  # immediate mode / tests never run on_startup
        client = SHARED["mistral"] = Mistral(api_key=settings.mistral_api_key)
    return client


def shared_http():
    if "http" not in SHARED:
        SHARED["http"] = HttpMessagesClient()
    return SHARED["http"]
