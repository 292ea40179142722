"""Provider clients, built once per process.

Everything that needs an API key reads it from botkit.config so the bots can be
configured from a single .env file.
"""

from __future__ import annotations

import logging
from functools import lru_cache

import ollama
import replicate
from groq import AsyncGroq, Groq
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from botkit.config import get_settings
from botkit.errors import ProviderUnavailable

logger = logging.getLogger(__name__)

OPENROUTER_BASE_URL = "https://openrouter.ai/api/v1"
OPENROUTER_HEADERS = {
    "HTTP-Referer": "https://chatops.acme.internal",
    "X-Title": "Acme ChatOps",
}


def _require(value: str, provider: str) -> str:
    if not value:
        raise ProviderUnavailable(provider, "no API key configured")
    return value


@lru_cache(maxsize=1)
def groq_client() -> Groq:
    settings = get_settings()
    return Groq(api_key=_require(settings.groq_api_key, "groq"), max_retries=2, timeout=30.0)


@lru_cache(maxsize=1)
def async_groq_client() -> AsyncGroq:
    settings = get_settings()
    return AsyncGroq(api_key=_require(settings.groq_api_key, "groq"), max_retries=2)


@lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=_require(get_settings().mistral_api_key, "mistral"))


@lru_cache(maxsize=1)
def openrouter_client() -> OpenAI:
    return OpenAI(
        base_url="https://openrouter.ai/api/v1",
        api_key=_require(get_settings().openrouter_api_key, "openrouter"),
        default_headers=OPENROUTER_HEADERS,
    )


@lru_cache(maxsize=1)
def async_openrouter_client() -> AsyncOpenAI:
    return AsyncOpenAI(
        base_url="https://openrouter.ai/api/v1",
        api_key=_require(get_settings().openrouter_api_key, "openrouter"),
        default_headers=OPENROUTER_HEADERS,
    )


@lru_cache(maxsize=1)
def ollama_client() -> ollama.Client:
    return ollama.Client(host=get_settings().ollama_host, timeout=120)


@lru_cache(maxsize=1)
def replicate_client() -> replicate.Client:
    return replicate.Client(api_token=_require(get_settings().replicate_api_token, "replicate"))


def check_providers() -> dict[str, bool]:
    """Cheap reachability check used by /health. Does not run any model."""
    status = {}
    try:
        groq_client().models.list()
        status["groq"] = True
    except Exception as exc:  # noqa: BLE001
        logger.warning("groq health check failed: %s", exc)
        status["groq"] = False
    try:
        ollama_client().ps()
        status["ollama"] = True
    except Exception as exc:  # noqa: BLE001
        logger.warning("ollama health check failed: %s", exc)
        status["ollama"] = False
    return status
