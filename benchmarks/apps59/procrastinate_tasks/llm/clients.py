"""Cached client getters. One client per process; they are thread-safe."""
from __future__ import annotations

import functools

import anthropic
import voyageai
from mistralai import Mistral
from openai import AsyncOpenAI, AzureOpenAI, OpenAI

from docproc.settings import get_settings


@functools.lru_cache(maxsize=1)
def get_openai() -> OpenAI:
    s = get_settings()
    return OpenAI(api_key=s.openai_api_key, organization=s.openai_org, timeout=s.llm_timeout, max_retries=2)


@functools.lru_cache(maxsize=1)
def get_async_openai() -> AsyncOpenAI:
    s = get_settings()
    return AsyncOpenAI(api_key=s.openai_api_key, organization=s.openai_org, timeout=s.llm_timeout)


@functools.lru_cache(maxsize=1)
def get_azure_openai() -> AzureOpenAI:
    s = get_settings()
    return AzureOpenAI(
        azure_endpoint=s.azure_openai_endpoint or "",
        api_key=s.azure_openai_key,
        api_version="2024-10-21",
    )


@functools.lru_cache(maxsize=1)
def get_anthropic() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=get_settings().anthropic_api_key, max_retries=3)


@functools.lru_cache(maxsize=1)
def get_async_anthropic() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=get_settings().anthropic_api_key, max_retries=3)


@functools.lru_cache(maxsize=1)
def get_mistral() -> Mistral:
    return Mistral(api_key=get_settings().mistral_api_key)


@functools.lru_cache(maxsize=1)
def get_voyage() -> voyageai.Client:
    return voyageai.Client(api_key=get_settings().voyage_api_key, max_retries=3)


@functools.lru_cache(maxsize=1)
def get_async_voyage() -> voyageai.AsyncClient:
    return voyageai.AsyncClient(api_key=get_settings().voyage_api_key, max_retries=3)


def build_worker_clients() -> dict[str, object]:
    """Everything the worker puts into ``context.additional_context``."""
    from llm.watsonx import get_granite

    return {
        "openai": get_async_openai(),
        "anthropic": get_async_anthropic(),
        "mistral": get_mistral(),
        "voyage": get_async_voyage(),
        "granite": get_granite(),
    }
