"""Long-lived clients for the whole process.

`services` is created at import time but only filled in by `services.start()`, which
main.py registers as a startup hook. Routes reach it through `req.scope["services"]`
(set by the Beforeware) or import it directly -- both are in use, see #142.
"""
from __future__ import annotations

import logging
import threading
from functools import lru_cache

import replicate
from anthropic import Anthropic, AsyncAnthropic
from cerebras.cloud.sdk import AsyncCerebras, Cerebras
from google import genai
from openai import AsyncOpenAI, OpenAI
from xai_sdk import Client as XAIClient

from .config import Settings, settings

log = logging.getLogger(__name__)


class AppServices:
    """Holds every provider client plus a few shared helpers."""

    def __init__(self) -> None:
        self.openai: OpenAI | None = None
        self.async_openai: AsyncOpenAI | None = None
        self.anthropic: Anthropic | None = None
        self.async_anthropic: AsyncAnthropic | None = None
        self.genai: genai.Client | None = None
        self.xai: XAIClient | None = None
        self.perplexity: OpenAI | None = None
        self.replicate: replicate.Client | None = None
        self.cerebras: Cerebras | None = None
        self.settings: Settings = settings
        self._lock = threading.Lock()
        self.started = False

    def start(self, cfg: Settings | None = None) -> "AppServices":
        with self._lock:
            if self.started:
                return self
            cfg = cfg or self.settings
            self.settings = cfg
            timeout = cfg.request_timeout
            self.openai = OpenAI(api_key=cfg.openai_api_key, timeout=timeout, max_retries=2)
            self.async_openai = AsyncOpenAI(api_key=cfg.openai_api_key, timeout=timeout)
            self.anthropic = Anthropic(api_key=cfg.anthropic_api_key, timeout=timeout)
            self.async_anthropic = AsyncAnthropic(api_key=cfg.anthropic_api_key, timeout=timeout)
            self.genai = genai.Client(api_key=cfg.google_api_key)
            self.xai = XAIClient(api_key=cfg.xai_api_key, timeout=timeout)
            self.perplexity = OpenAI(
                api_key=cfg.perplexity_api_key,
                base_url=cfg.perplexity_base_url,
                timeout=timeout,
            )
            self.replicate = replicate.Client(api_token=cfg.replicate_api_token)
            self.cerebras = Cerebras(api_key=cfg.cerebras_api_key)
            self.started = True
            log.info("AppServices started (debug=%s)", cfg.debug)
            return self

    def stop(self) -> None:
        for name in ("openai", "anthropic", "perplexity", "cerebras"):
            client = getattr(self, name, None)
            close = getattr(client, "close", None)
            if callable(close):
                try:
                    close()
                except Exception:  # pragma: no cover - shutdown best effort
                    log.exception("closing %s failed", name)
        self.started = False

    def available(self) -> dict[str, bool]:
        cfg = self.settings
        return {
            "openai": bool(cfg.openai_api_key),
            "anthropic": bool(cfg.anthropic_api_key),
            "google": bool(cfg.google_api_key),
            "xai": bool(cfg.xai_api_key),
            "perplexity": bool(cfg.perplexity_api_key),
            "replicate": bool(cfg.replicate_api_token),
            "cerebras": bool(cfg.cerebras_api_key),
        }


services = AppServices()


@lru_cache(maxsize=1)
def get_cerebras() -> Cerebras:
    """Cerebras is used for the fast pricing estimates; reuse the started one if any."""
    if services.cerebras is not None:
        return services.cerebras
    return Cerebras(api_key=settings.cerebras_api_key)


@lru_cache(maxsize=1)
def get_cerebras_async() -> AsyncCerebras:
    return AsyncCerebras(api_key=settings.cerebras_api_key)


def get_perplexity() -> OpenAI:
    if services.perplexity is None:
        services.start()
    return services.perplexity
