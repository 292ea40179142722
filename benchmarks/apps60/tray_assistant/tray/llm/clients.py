"""Client factories.

Every provider SDK client is built here so that keys, timeouts and base URLs
live in one place.  Callers either go through ``tray.services`` (the shared
instances created in ``main()``) or call these getters directly.
"""
from __future__ import annotations

import functools
import logging

import anthropic
from google import genai
from huggingface_hub import InferenceClient
from openai import AsyncOpenAI, OpenAI

from tray import settings

log = logging.getLogger(__name__)

XAI_BASE_URL = "https://api.x.ai/v1"
DEFAULT_TIMEOUT = 45.0


def make_openai_client(timeout: float = DEFAULT_TIMEOUT) -> OpenAI:
    cfg = settings.load()
    return OpenAI(api_key=cfg.key_for("openai") or None, timeout=timeout, max_retries=2)


def make_async_openai_client() -> AsyncOpenAI:
    cfg = settings.load()
    return AsyncOpenAI(api_key=cfg.key_for("openai") or None, timeout=DEFAULT_TIMEOUT)


@functools.lru_cache(maxsize=1)
def get_anthropic() -> anthropic.Anthropic:
    cfg = settings.load()
    return anthropic.Anthropic(api_key=cfg.key_for("anthropic") or None, max_retries=2)


@functools.lru_cache(maxsize=1)
def get_async_anthropic() -> anthropic.AsyncAnthropic:
    cfg = settings.load()
    return anthropic.AsyncAnthropic(api_key=cfg.key_for("anthropic") or None)


@functools.lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    cfg = settings.load()
    return genai.Client(api_key=cfg.key_for("google") or None)


def get_xai_client() -> OpenAI:
    """Grok speaks the OpenAI wire protocol, so we reuse the openai SDK."""
    cfg = settings.load()
    return OpenAI(api_key=cfg.key_for("xai"), base_url=XAI_BASE_URL, timeout=DEFAULT_TIMEOUT)


def get_hf_client(model: str | None = None) -> InferenceClient:
    cfg = settings.load()
    return InferenceClient(model=model, token=cfg.key_for("huggingface") or None, timeout=60)


def reset_clients() -> None:
    """Called after the settings dialog changes a key."""
    get_anthropic.cache_clear()
    get_async_anthropic.cache_clear()
    get_genai_client.cache_clear()
    log.debug("client caches cleared")
