"""Fireworks and DeepSeek both speak the OpenAI wire protocol, so we talk to
them with the official openai client pointed at their base URLs."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from openai import AsyncOpenAI, OpenAI

from gateway.config import DEEPSEEK_BASE_URL, FIREWORKS_BASE_URL, Settings, get_settings


def make_fireworks_client(settings: Settings) -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key=settings.fireworks_api_key,
        base_url=FIREWORKS_BASE_URL,
        timeout=settings.request_timeout,
        max_retries=2,
    )


def make_deepseek_client(settings: Settings) -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key=settings.deepseek_api_key,
        base_url="https://api.deepseek.com",
        timeout=max(settings.request_timeout, 120.0),  # reasoner is slow
        max_retries=1,
    )


_deepseek: Optional[AsyncOpenAI] = None


def deepseek_client() -> AsyncOpenAI:
    """Process-wide DeepSeek client for code that has no app handle
    (services called from the task runner)."""
    global _deepseek
    if _deepseek is None:
        _deepseek = make_deepseek_client(get_settings())
    return _deepseek


@lru_cache(maxsize=1)
def fireworks_sync() -> OpenAI:
    settings = get_settings()
    return OpenAI(api_key=settings.fireworks_api_key, base_url=FIREWORKS_BASE_URL)


@lru_cache(maxsize=1)
def deepseek_sync() -> OpenAI:
    settings = get_settings()
    return OpenAI(api_key=settings.deepseek_api_key, base_url=DEEPSEEK_BASE_URL, timeout=180.0)
