"""Client factories for every LLM vendor the bot talks to.

All factories are cached: errbot plugins get activated/deactivated at
runtime and we do not want a fresh connection pool on every `!plugin reload`.
Call ``reset_clients()`` from tests or after rotating keys.
"""
from __future__ import annotations

import logging
import os
from functools import lru_cache

import anthropic
import cohere
from groq import AsyncGroq, Groq
from mistralai import Mistral
from openai import AsyncOpenAI, AzureOpenAI, OpenAI

from lib.settings import GROQ_OPENAI_BASE_URL, MAX_RETRIES, REQUEST_TIMEOUT

log = logging.getLogger(__name__)


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"{name} is not set; ask #sre-platform for the vault path")
    return value


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(api_key=_require("OPENAI_API_KEY"), timeout=REQUEST_TIMEOUT, max_retries=MAX_RETRIES)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=_require("OPENAI_API_KEY"), timeout=REQUEST_TIMEOUT)


@lru_cache(maxsize=1)
def get_azure_openai_client() -> AzureOpenAI:
    # EU tenants must stay on the Azure deployment (data residency)
    return AzureOpenAI(
        api_key=_require("AZURE_OPENAI_API_KEY"),
        api_version=os.environ.get("AZURE_OPENAI_API_VERSION", "2024-10-21"),
        azure_endpoint=_require("AZURE_OPENAI_ENDPOINT"),
    )


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=_require("ANTHROPIC_API_KEY"), max_retries=MAX_RETRIES)


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=_require("ANTHROPIC_API_KEY"))


@lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=_require("MISTRAL_API_KEY"), timeout_ms=int(REQUEST_TIMEOUT * 1000))


@lru_cache(maxsize=1)
def get_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=_require("COHERE_API_KEY"), timeout=REQUEST_TIMEOUT)


@lru_cache(maxsize=1)
def get_groq_client() -> Groq:
    return Groq(api_key=_require("GROQ_API_KEY"), max_retries=MAX_RETRIES)


@lru_cache(maxsize=1)
def get_async_groq_client() -> AsyncGroq:
    return AsyncGroq(api_key=_require("GROQ_API_KEY"))


def groq_via_openai() -> OpenAI:
    """Groq through the OpenAI SDK.

    Kept for the translation eval script, which predates the groq SDK here.
    """
    return OpenAI(api_key=_require("GROQ_API_KEY"), base_url=GROQ_OPENAI_BASE_URL)


def reset_clients() -> None:
    for factory in (
        get_openai_client,
        get_async_openai_client,
        get_azure_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_mistral_client,
        get_cohere_client,
        get_groq_client,
        get_async_groq_client,
    ):
        factory.cache_clear()
    log.info("LLM client caches cleared")
