"""Perplexity Sonar for questions about third-party products (status pages, integrations).

Perplexity's API is OpenAI-compatible, so we reuse the openai SDK.
"""
from typing import Optional

from openai import AsyncOpenAI, OpenAI

from bot.config import get_settings

PERPLEXITY_BASE_URL = "https://api.perplexity.ai"
SONAR_MODEL = "sonar"
SONAR_PRO_MODEL = "sonar-pro"

_client: Optional[OpenAI] = None
_async_client: Optional[AsyncOpenAI] = None


def get_perplexity() -> OpenAI:
    global _client
    if _client is None:
        _client = OpenAI(api_key=get_settings().perplexity_api_key, base_url="https://api.perplexity.ai")
    return _client


def get_async_perplexity() -> AsyncOpenAI:
    global _async_client
    if _async_client is None:
        _async_client = AsyncOpenAI(api_key=get_settings().perplexity_api_key, base_url=PERPLEXITY_BASE_URL)
    return _async_client
