"""Client factories for every model vendor we talk to.

Clients are cached per process: the SDK clients keep an HTTP connection pool and are
safe to share between plugins.
"""
from __future__ import annotations

import os
from functools import lru_cache

import anthropic
import litellm
from google import genai
from openai import AsyncOpenAI, OpenAI

from config import get_config

PERPLEXITY_BASE_URL = "https://api.perplexity.ai"


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(api_key=os.environ["OPENAI_API_KEY"], timeout=30.0, max_retries=2)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"], timeout=30.0)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=os.environ["ANTHROPIC_API_KEY"], max_retries=3)


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    return genai.Client(api_key=os.environ["GEMINI_API_KEY"])


@lru_cache(maxsize=1)
def get_perplexity_client() -> OpenAI:
    # Perplexity's API is OpenAI-compatible; their docs recommend the openai SDK.
    return OpenAI(api_key=os.environ["PERPLEXITY_API_KEY"], base_url=PERPLEXITY_BASE_URL)


@lru_cache(maxsize=1)
def get_async_perplexity_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=os.environ["PERPLEXITY_API_KEY"], base_url=PERPLEXITY_BASE_URL)


@lru_cache(maxsize=1)
def get_router() -> litellm.Router:
    cfg = get_config()
    model_list = [
        {
            "model_name": "assistant-default",
            "litellm_params": {"model": cfg.openai_model, "api_key": os.environ.get("OPENAI_API_KEY")},
        },
        {
            "model_name": "assistant-default",
            "litellm_params": {
                "model": f"anthropic/{cfg.anthropic_model}",
                "api_key": os.environ.get("ANTHROPIC_API_KEY"),
            },
        },
        {
            "model_name": "assistant-cheap",
            "litellm_params": {"model": f"gemini/{cfg.gemini_model}", "api_key": os.environ.get("GEMINI_API_KEY")},
        },
    ]
    return litellm.Router(model_list=model_list, num_retries=2, routing_strategy="simple-shuffle")


def reset_clients() -> None:
    """Used by tests and by the admin 'reload' command."""
    for factory in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_genai_client,
        get_perplexity_client,
        get_async_perplexity_client,
        get_router,
    ):
        factory.cache_clear()
