"""One place to build provider SDK clients.

Clients are cached per process; every SDK here is thread-safe for concurrent requests.
Adapters and features should ask this module for a client instead of constructing
their own, so that keys, base URLs and timeouts stay consistent.
"""

from __future__ import annotations

import functools
import logging
from typing import Any, Callable, Dict

import anthropic
import groq
import ollama
import openai
from google import genai

from quill.config import get_settings
from quill.exceptions import MissingAPIKey

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 600.0
USER_AGENT = "quill-chat"


def _require(value, provider: str, env_var: str):
    if not value:
        raise MissingAPIKey(provider, env_var)
    return value


@functools.lru_cache(maxsize=None)
def anthropic_client() -> anthropic.Anthropic:
    settings = get_settings()
    return anthropic.Anthropic(
        api_key=_require(settings.anthropic_api_key, "Anthropic", "ANTHROPIC_API_KEY"),
        timeout=DEFAULT_TIMEOUT,
        max_retries=2,
        default_headers={"User-Agent": USER_AGENT},
    )


@functools.lru_cache(maxsize=None)
def async_anthropic_client() -> anthropic.AsyncAnthropic:
    settings = get_settings()
    return anthropic.AsyncAnthropic(
        api_key=_require(settings.anthropic_api_key, "Anthropic", "ANTHROPIC_API_KEY"),
        timeout=DEFAULT_TIMEOUT,
    )


@functools.lru_cache(maxsize=None)
def openai_client() -> openai.OpenAI:
    settings = get_settings()
    return openai.OpenAI(
        api_key=_require(settings.openai_api_key, "OpenAI", "OPENAI_API_KEY"),
        base_url=settings.openai_api_base or None,
        timeout=DEFAULT_TIMEOUT,
    )


@functools.lru_cache(maxsize=None)
def async_openai_client() -> openai.AsyncOpenAI:
    settings = get_settings()
    return openai.AsyncOpenAI(
        api_key=_require(settings.openai_api_key, "OpenAI", "OPENAI_API_KEY"),
        base_url=settings.openai_api_base or None,
        timeout=DEFAULT_TIMEOUT,
    )


@functools.lru_cache(maxsize=None)
def deepseek_client() -> openai.OpenAI:
    settings = get_settings()
    return openai.OpenAI(
        api_key=_require(settings.deepseek_api_key, "DeepSeek", "DEEPSEEK_API_KEY"),
        base_url="https://api.deepseek.com",
        timeout=DEFAULT_TIMEOUT,
    )


@functools.lru_cache(maxsize=None)
def deepseek_beta_client() -> openai.OpenAI:
    """The /beta endpoint is the only one that serves FIM completions."""
    settings = get_settings()
    return openai.OpenAI(
        api_key=_require(settings.deepseek_api_key, "DeepSeek", "DEEPSEEK_API_KEY"),
        base_url="https://api.deepseek.com/beta",
    )


@functools.lru_cache(maxsize=None)
def gemini_client() -> genai.Client:
    settings = get_settings()
    return genai.Client(api_key=_require(settings.gemini_api_key, "Gemini", "GEMINI_API_KEY"))


@functools.lru_cache(maxsize=None)
def groq_client() -> groq.Groq:
    settings = get_settings()
    return groq.Groq(api_key=_require(settings.groq_api_key, "Groq", "GROQ_API_KEY"))


@functools.lru_cache(maxsize=None)
def ollama_client() -> ollama.Client:
    return ollama.Client(host=get_settings().ollama_host, timeout=DEFAULT_TIMEOUT)


@functools.lru_cache(maxsize=None)
def async_ollama_client() -> ollama.AsyncClient:
    return ollama.AsyncClient(host=get_settings().ollama_host)


_FACTORIES: Dict[str, Callable[[], Any]] = {
    "anthropic": anthropic_client,
    "openai": openai_client,
    "deepseek": deepseek_client,
    "gemini": gemini_client,
    "groq": groq_client,
    "ollama": ollama_client,
}


def get_client(provider: str) -> Any:
    try:
        factory = _FACTORIES[provider]
    except KeyError:
        raise ValueError(f"No native client for provider {provider!r}") from None
    return factory()


def reset_clients() -> None:
    """Drop cached clients, e.g. after /settings changed an API key."""
    for factory in list(_FACTORIES.values()) + [
        async_anthropic_client,
        async_openai_client,
        async_ollama_client,
        deepseek_beta_client,
    ]:
        factory.cache_clear()


# ---------------------------------------------------------------------------
# Key checks used by `quill doctor`.


def verify_openai_key() -> bool:
    try:
        next(iter(openai_client().models.list()), None)
        return True
    except openai.AuthenticationError:
        return False


def verify_anthropic_key(model: str = "claude-haiku-4-5") -> bool:
    # Anthropic has no cheap authenticated GET that every key can call, so we
    # send the smallest request possible.
    client = anthropic_client()
    try:
        client.messages.create(
            model=model,
            max_tokens=1,
            messages=[{"role": "user", "content": "ping"}],
        )
        return True
    except anthropic.AuthenticationError:
        return False
    except anthropic.APIStatusError as err:
        log.warning("anthropic key check returned %s", err.status_code)
        return err.status_code != 401


def verify_ollama() -> bool:
    try:
        ollama_client().ps()
        return True
    except Exception:  # connection refused, mostly
        return False
