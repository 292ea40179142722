"""Lazily constructed SDK clients, one per provider.

Clients are cached because constructing them re-reads the settings and sets up
an httpx pool. ``reset_clients()`` is called when the user saves new keys.
"""
from __future__ import annotations

import functools

import anthropic
import replicate
from openai import OpenAI

from .. import settings

FIREWORKS_BASE_URL = "https://api.fireworks.ai/inference/v1"
DEFAULT_TIMEOUT = 90.0


@functools.lru_cache(maxsize=1)
def openai_client() -> OpenAI:
    cfg = settings.current()
    return OpenAI(api_key=cfg.openai_api_key or None, timeout=DEFAULT_TIMEOUT, max_retries=2)


@functools.lru_cache(maxsize=1)
def anthropic_client() -> anthropic.Anthropic:
    cfg = settings.current()
    return anthropic.Anthropic(api_key=cfg.anthropic_api_key or None, timeout=DEFAULT_TIMEOUT)


@functools.lru_cache(maxsize=1)
def fireworks_client() -> OpenAI:
    """Fireworks speaks the OpenAI wire protocol."""
    cfg = settings.current()
    return OpenAI(
        api_key=cfg.fireworks_api_key,
        base_url=FIREWORKS_BASE_URL,
        timeout=DEFAULT_TIMEOUT,
    )


@functools.lru_cache(maxsize=1)
def replicate_client() -> replicate.Client:
    cfg = settings.current()
    return replicate.Client(api_token=cfg.replicate_api_token)


def reset_clients() -> None:
    for getter in (openai_client, anthropic_client, fireworks_client, replicate_client):
        getter.cache_clear()
