"""Client factories.

Every provider client is built here, once per process, so that API keys,
timeouts and retry settings live in a single place.
"""
import functools
import os

import anthropic
import openai
import together
import voyageai
from google import genai
from google.genai import types as genai_types

from .. import settings


def _key(name):
    value = getattr(settings, name, None) or os.environ.get(name)
    if not value:
        raise RuntimeError("missing setting %s" % name)
    return value


@functools.lru_cache(maxsize=None)
def get_openai():
    return openai.OpenAI(
        api_key=_key("OPENAI_API_KEY"),
        timeout=settings.LLM_TIMEOUT_SECONDS,
        max_retries=settings.LLM_MAX_RETRIES,
    )


@functools.lru_cache(maxsize=None)
def get_async_openai():
    return openai.AsyncOpenAI(
        api_key=_key("OPENAI_API_KEY"),
        timeout=settings.LLM_TIMEOUT_SECONDS,
    )


@functools.lru_cache(maxsize=None)
def get_azure_openai():
    # EU tenants must stay on the Azure deployment
    return openai.AzureOpenAI(
        azure_endpoint=_key("AZURE_OPENAI_ENDPOINT"),
        api_key=_key("AZURE_OPENAI_API_KEY"),
        api_version=settings.AZURE_OPENAI_API_VERSION,
    )


@functools.lru_cache(maxsize=None)
def get_anthropic():
    return anthropic.Anthropic(
        api_key=_key("ANTHROPIC_API_KEY"),
        max_retries=settings.LLM_MAX_RETRIES,
    )


@functools.lru_cache(maxsize=None)
def get_async_anthropic():
    return anthropic.AsyncAnthropic(api_key=_key("ANTHROPIC_API_KEY"))


@functools.lru_cache(maxsize=None)
def get_genai():
    return genai.Client(
        api_key=_key("GEMINI_API_KEY"),
        http_options=genai_types.HttpOptions(timeout=settings.LLM_TIMEOUT_SECONDS * 1000),
    )


@functools.lru_cache(maxsize=None)
def get_voyage():
    return voyageai.Client(api_key=_key("VOYAGE_API_KEY"), max_retries=3)


@functools.lru_cache(maxsize=None)
def get_async_voyage():
    return voyageai.AsyncClient(api_key=_key("VOYAGE_API_KEY"))


@functools.lru_cache(maxsize=None)
def get_together():
    return together.Together(api_key=_key("TOGETHER_API_KEY"))


@functools.lru_cache(maxsize=None)
def get_async_together():
    return together.AsyncTogether(api_key=_key("TOGETHER_API_KEY"))


def reset():
    """Used by tests and by the settings reload action."""
    for fn in (
        get_openai,
        get_async_openai,
        get_azure_openai,
        get_anthropic,
        get_async_anthropic,
        get_genai,
        get_voyage,
        get_async_voyage,
        get_together,
        get_async_together,
    ):
        fn.cache_clear()
