"""One place that knows how to build each vendor's SDK client.

Clients are cached per process: the SDKs keep an httpx connection pool inside, and
building a new one for every message made the first token noticeably slower.
"""

from functools import lru_cache
from typing import Optional

import anthropic
import ollama
import openai
from google import genai
from groq import AsyncGroq, Groq

from ..config import get_settings
from ..logging_setup import get_logger

log = get_logger(__name__)

DEEPSEEK_BASE_URL = "https://api.deepseek.com"

DEFAULT_TIMEOUT = 600.0
DEFAULT_MAX_RETRIES = 2


@lru_cache(maxsize=None)
def get_openai_client() -> openai.OpenAI:
    settings = get_settings()
    return openai.OpenAI(
        api_key=settings.api_key("openai"),
        base_url=settings.openai_api_base,
        timeout=DEFAULT_TIMEOUT,
        max_retries=DEFAULT_MAX_RETRIES,
    )


@lru_cache(maxsize=None)
def get_async_openai_client() -> openai.AsyncOpenAI:
    settings = get_settings()
    return openai.AsyncOpenAI(
        api_key=settings.api_key("openai"),
        base_url=settings.openai_api_base,
        timeout=DEFAULT_TIMEOUT,
    )


@lru_cache(maxsize=None)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(
        api_key=get_settings().api_key("anthropic"),
        timeout=DEFAULT_TIMEOUT,
        max_retries=DEFAULT_MAX_RETRIES,
    )


@lru_cache(maxsize=None)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=get_settings().api_key("anthropic"))


@lru_cache(maxsize=None)
def get_deepseek_client() -> openai.OpenAI:
    # DeepSeek's API is OpenAI compatible; their docs use the openai SDK directly.
    return openai.OpenAI(
        api_key=get_settings().api_key("deepseek"),
        base_url=DEEPSEEK_BASE_URL,
        timeout=DEFAULT_TIMEOUT,
    )


@lru_cache(maxsize=None)
def get_gemini_client() -> genai.Client:
    return genai.Client(api_key=get_settings().api_key("gemini"))


@lru_cache(maxsize=None)
def get_groq_client() -> Groq:
    return Groq(api_key=get_settings().api_key("groq"), max_retries=DEFAULT_MAX_RETRIES)


@lru_cache(maxsize=None)
def get_async_groq_client() -> AsyncGroq:
    return AsyncGroq(api_key=get_settings().api_key("groq"))


@lru_cache(maxsize=None)
def get_ollama_client(host: Optional[str] = None) -> ollama.Client:
    return ollama.Client(host=host or get_settings().ollama_host)


def client_for_vendor(vendor: str):
    """Sync client for a vendor name as used in the model registry."""
    factories = {
        "openai": get_openai_client,
        "anthropic": get_anthropic_client,
        "deepseek": get_deepseek_client,
        "gemini": get_gemini_client,
        "groq": get_groq_client,
        "ollama": get_ollama_client,
    }
    factory = factories.get(vendor)
    if factory is None:
        return None
    return factory()


def check_openai_key(api_key: str) -> bool:
    """Cheap key check used by `termcoder doctor`: listing models is free."""
    client = openai.OpenAI(api_key=api_key, max_retries=0, timeout=10)
    try:
        client.models.list()
    except openai.AuthenticationError:
        return False
    except openai.APIConnectionError as err:
        log.warning("could not reach OpenAI to check key: %s", err)
        return True
    return True


def reset_clients() -> None:
    """Forget cached clients, e.g. after /settings changed an API key."""
    for fn in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_deepseek_client,
        get_gemini_client,
        get_groq_client,
        get_async_groq_client,
        get_ollama_client,
    ):
        fn.cache_clear()
