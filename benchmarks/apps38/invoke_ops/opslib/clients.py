"""Client factories.

Everything that needs an SDK client should come through here so that keys and
endpoints are configured in one place. Factories are cached per-process.
"""
from __future__ import annotations

import functools
import logging
import os

import anthropic
import cohere
import replicate
from openai import AzureOpenAI, OpenAI

from opslib.config import load_settings

log = logging.getLogger(__name__)

XAI_BASE_URL = "https://api.x.ai/v1"


@functools.lru_cache(maxsize=1)
def get_openai() -> OpenAI:
    return OpenAI(api_key=os.environ.get("OPENAI_API_KEY"), timeout=60, max_retries=2)


@functools.lru_cache(maxsize=1)
def get_azure_openai() -> AzureOpenAI:
    settings = load_settings()
    return AzureOpenAI(
        azure_endpoint=settings.azure_endpoint,
        api_key=os.environ.get("AZURE_OPENAI_API_KEY"),
        api_version=settings.azure_api_version,
    )


@functools.lru_cache(maxsize=1)
def get_anthropic() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"), max_retries=3)


def get_async_anthropic() -> anthropic.AsyncAnthropic:
    # not cached: async clients are bound to the loop they were created on
    return anthropic.AsyncAnthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))


@functools.lru_cache(maxsize=1)
def get_cohere() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=os.environ.get("CO_API_KEY"))


@functools.lru_cache(maxsize=1)
def get_xai() -> OpenAI:
    """Grok speaks the OpenAI wire protocol, so we just point the SDK at it."""
    return OpenAI(api_key=os.environ.get("XAI_API_KEY"), base_url=XAI_BASE_URL)


@functools.lru_cache(maxsize=1)
def get_replicate() -> replicate.Client:
    return replicate.Client(api_token=os.environ.get("REPLICATE_API_TOKEN"))


def chat_client_for(provider: str):
    """Return the OpenAI-shaped client for ``provider`` (openai/azure/xai)."""
    if provider == "azure":
        return get_azure_openai()
    if provider == "xai":
        return get_xai()
    if provider != "openai":
        log.warning("unknown chat provider %s, falling back to openai", provider)
    return get_openai()


def reset_clients() -> None:
    """Used by tests and by the worker after fork."""
    for factory in (get_openai, get_azure_openai, get_anthropic, get_cohere, get_xai, get_replicate):
        factory.cache_clear()
