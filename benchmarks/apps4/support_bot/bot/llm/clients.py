"""Process-wide SDK clients.

The SDK clients hold an httpx connection pool, so we build each one once and share it.
"""
from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Optional

from bot.config import get_settings

if TYPE_CHECKING:
    from anthropic import Anthropic, AsyncAnthropic
    from openai import AsyncOpenAI, OpenAI

log = logging.getLogger(__name__)

_lock = threading.Lock()
_anthropic: Optional["Anthropic"] = None
_async_anthropic: Optional["AsyncAnthropic"] = None
_openai: Optional["OpenAI"] = None
_async_openai: Optional["AsyncOpenAI"] = None

DEFAULT_TIMEOUT = 60.0


def get_anthropic() -> "Anthropic":
    global _anthropic
    if _anthropic is None:
        with _lock:
            if _anthropic is None:
                import anthropic

                _anthropic = anthropic.Anthropic(
                    api_key=get_settings().anthropic_api_key or None,
                    timeout=DEFAULT_TIMEOUT,
                    max_retries=2,
                )
    return _anthropic


def get_async_anthropic() -> "AsyncAnthropic":
    global _async_anthropic
    if _async_anthropic is None:
        from anthropic import AsyncAnthropic

        _async_anthropic = AsyncAnthropic(api_key=get_settings().anthropic_api_key or None, timeout=DEFAULT_TIMEOUT)
    return _async_anthropic


def get_openai() -> "OpenAI":
    global _openai
    if _openai is None:
        with _lock:
            if _openai is None:
                from openai import OpenAI

                _openai = OpenAI(api_key=get_settings().openai_api_key or None, timeout=DEFAULT_TIMEOUT)
    return _openai


def get_async_openai() -> "AsyncOpenAI":
    global _async_openai
    if _async_openai is None:
        from openai import AsyncOpenAI

        _async_openai = AsyncOpenAI(api_key=get_settings().openai_api_key or None, timeout=DEFAULT_TIMEOUT)
    return _async_openai


def check_credentials() -> dict:
    """Used by the /health endpoint: cheap calls that only prove the keys work."""
    status = {}
    try:
        models = get_openai().models.list()
        status["openai"] = f"ok ({len(models.data)} models)"
    except Exception as exc:  # pragma: no cover - depends on network
        status["openai"] = f"error: {exc.__class__.__name__}"
    try:
        page = get_anthropic().models.list(limit=1)
        status["anthropic"] = "ok" if page.data else "no models"
    except Exception as exc:  # pragma: no cover
        status["anthropic"] = f"error: {exc.__class__.__name__}"
    return status


def reset_clients() -> None:
    """Drop cached clients (tests, key rotation)."""
    global _anthropic, _async_anthropic, _openai, _async_openai
    _anthropic = _async_anthropic = _openai = _async_openai = None
