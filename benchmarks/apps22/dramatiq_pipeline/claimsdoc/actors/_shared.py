"""Helpers shared by actor modules.

``llm`` re-exports the cached client getters so actor modules only import from one place
(we were halfway through moving everything onto ``claimsdoc.providers`` when the Q3 freeze
hit; new actors should use the provider registry or multi_model_service).
"""
from __future__ import annotations

import json
import logging
import random
import time
from types import SimpleNamespace
from typing import Callable, TypeVar

from dramatiq.middleware import CurrentMessage

from claimsdoc.clients import (
    get_anthropic,
    get_azure_openai,
    get_bedrock_runtime,
    get_hf,
    get_mistral,
    get_openai,
)
from claimsdoc.middleware import current_claim_id, worker_clients

log = logging.getLogger("claimsdoc.actors")

llm = SimpleNamespace(
    openai=get_openai,
    azure=get_azure_openai,
    anthropic=get_anthropic,
    bedrock=get_bedrock_runtime,
    mistral=get_mistral,
    hf=get_hf,
    worker=worker_clients,
)


def message_id() -> str | None:
    msg = CurrentMessage.get_current_message()
    return msg.message_id if msg else None


def log_step(step: str, **extra) -> None:
    log.info(json.dumps({"step": step, "claim_id": current_claim_id(), "message_id": message_id(), **extra}, default=str))


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.ms = int((time.perf_counter() - self.t0) * 1000)
        return False


# --- backoff (was claimsdoc/retry.py) ---

T = TypeVar("T")

RETRYABLE_NAMES = {"RateLimitError", "APITimeoutError", "APIConnectionError", "ThrottlingException",
                   "ServiceUnavailableError", "InternalServerError", "SDKError"}


def _retryable(exc: BaseException) -> bool:
    return type(exc).__name__ in RETRYABLE_NAMES or getattr(exc, "status_code", None) in (429, 500, 502, 503, 529)


def call_with_backoff(fn: Callable[..., T], *args, attempts: int = 4, base: float = 1.5, **kwargs) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if attempt == attempts or not _retryable(exc):
                raise
            sleep = base ** attempt + random.random()
            log.warning("retrying %s after %s (attempt %d, sleeping %.1fs)", getattr(fn, "__qualname__", fn), exc, attempt, sleep)
            time.sleep(sleep)
    raise RuntimeError("unreachable")


__all__ = ["llm", "log", "log_step", "message_id", "Timer", "call_with_backoff", "get_openai", "get_anthropic", "get_hf"]
