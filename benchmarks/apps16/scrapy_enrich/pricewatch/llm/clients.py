"""Provider clients, built once per process.

Keep API keys, timeouts and retry settings here so the pipelines don't each
invent their own. Clients are cached: Scrapy instantiates components once per
crawler, but the scripts import these helpers too.
"""
from __future__ import annotations

import logging
from functools import lru_cache

from google import genai
from google.genai import types as genai_types
from mistralai.client import Mistral
from openai import AsyncOpenAI, OpenAI
from together import AsyncTogether, Together

from pricewatch.config import env, env_int, require_env

logger = logging.getLogger(__name__)

DEEPSEEK_BASE_URL = "https://api.deepseek.com"
_DEFAULT_TIMEOUT_S = env_int("PRICEWATCH_LLM_TIMEOUT", 60)


@lru_cache(maxsize=1)
def get_gemini_client() -> genai.Client:
    if env("GOOGLE_GENAI_USE_VERTEXAI"):
        logger.info("Using Gemini through Vertex AI (%s)", env("GOOGLE_CLOUD_PROJECT"))
        return genai.Client(
            vertexai=True,
            project=require_env("GOOGLE_CLOUD_PROJECT"),
            location=env("GOOGLE_CLOUD_LOCATION", "europe-west4"),
        )
    return genai.Client(
        api_key=require_env("GEMINI_API_KEY"),
        http_options=genai_types.HttpOptions(timeout=_DEFAULT_TIMEOUT_S * 1000),
    )


@lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    return Mistral(
        api_key=require_env("MISTRAL_API_KEY"),
        timeout_ms=_DEFAULT_TIMEOUT_S * 1000,
    )


@lru_cache(maxsize=1)
def get_deepseek_client() -> OpenAI:
    return OpenAI(
        api_key=require_env("DEEPSEEK_API_KEY"),
        base_url="https://api.deepseek.com",
        timeout=_DEFAULT_TIMEOUT_S,
        max_retries=3,
    )


def get_async_deepseek_client() -> AsyncOpenAI:
    # not cached: an AsyncOpenAI instance is bound to the event loop it first runs on
    return AsyncOpenAI(
        api_key=require_env("DEEPSEEK_API_KEY"),
        base_url=DEEPSEEK_BASE_URL,
        timeout=_DEFAULT_TIMEOUT_S,
        max_retries=3,
    )


@lru_cache(maxsize=1)
def get_together_client() -> Together:
    return Together(api_key=require_env("TOGETHER_API_KEY"), timeout=_DEFAULT_TIMEOUT_S)


def get_async_together_client() -> AsyncTogether:
    return AsyncTogether(api_key=require_env("TOGETHER_API_KEY"), timeout=_DEFAULT_TIMEOUT_S)
