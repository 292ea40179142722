"""Client factories for every provider we talk to.

Plugins should not construct SDK clients themselves (some old ones still do,
see plugins/define.py); use :func:`ensure_clients` in ``setup(bot)`` and read
them back from ``bot.memory[MEMORY_KEY]``.
"""
from __future__ import annotations

import functools
import logging
import os

import anthropic
import cohere
import openai
from mistralai import Mistral

LOGGER = logging.getLogger(__name__)

MEMORY_KEY = "llm_clients"
OPENROUTER_BASE_URL = "https://openrouter.ai/api/v1"
OPENROUTER_REFERER = "https://github.com/ourorg/sopel-llm-plugins"


def make_openai_client(settings) -> openai.OpenAI:
    return openai.OpenAI(
        api_key=settings.openai_api_key,
        timeout=settings.request_timeout,
        max_retries=2,
    )


def make_async_openai_client(settings) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(
        api_key=settings.openai_api_key,
        timeout=settings.request_timeout,
    )


def make_anthropic_client(settings) -> anthropic.Anthropic:
    return anthropic.Anthropic(
        api_key=settings.anthropic_api_key,
        timeout=settings.request_timeout,
    )


def make_async_anthropic_client(settings) -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=settings.anthropic_api_key)


def make_mistral_client(settings) -> Mistral:
    return Mistral(api_key=settings.mistral_api_key, timeout_ms=int(settings.request_timeout * 1000))


def make_cohere_client(settings) -> cohere.ClientV2:
    return cohere.ClientV2(api_key=settings.cohere_api_key, timeout=settings.request_timeout)


def make_openrouter_client(settings) -> openai.OpenAI:
    return openai.OpenAI(
        base_url=OPENROUTER_BASE_URL,
        api_key=settings.openrouter_api_key,
        timeout=settings.request_timeout,
        default_headers={"HTTP-Referer": OPENROUTER_REFERER, "X-Title": "sopel-llm"},
    )


_FACTORIES = {
    "openai": make_openai_client,
    "openai_async": make_async_openai_client,
    "anthropic": make_anthropic_client,
    "anthropic_async": make_async_anthropic_client,
    "mistral": make_mistral_client,
    "cohere": make_cohere_client,
    "openrouter": make_openrouter_client,
}

_KEY_ATTR = {
    "openai": "openai_api_key",
    "openai_async": "openai_api_key",
    "anthropic": "anthropic_api_key",
    "anthropic_async": "anthropic_api_key",
    "mistral": "mistral_api_key",
    "cohere": "cohere_api_key",
    "openrouter": "openrouter_api_key",
}


def build_clients(settings) -> dict:
    """Build one client per provider that has a key configured."""
    clients = {}
    for name, factory in _FACTORIES.items():
        if not getattr(settings, _KEY_ATTR[name], None):
            LOGGER.info("No key for %s, skipping client", name)
            continue
        clients[name] = factory(settings)
    return clients


def ensure_clients(bot) -> dict:
    """Populate ``bot.memory`` once; safe to call from every plugin's setup."""
    if MEMORY_KEY not in bot.memory:
        bot.memory[MEMORY_KEY] = build_clients(bot.settings.llm)
    return bot.memory[MEMORY_KEY]


def close_clients(bot) -> None:
    clients = bot.memory.get(MEMORY_KEY) or {}
    for name, client in list(clients.items()):
        close = getattr(client, "close", None)
        if close is not None and not name.endswith("_async"):
            try:
                close()
            except Exception:  # pragma: no cover - best effort on shutdown
                LOGGER.exception("closing %s client failed", name)
    bot.memory.pop(MEMORY_KEY, None)


# --- env-based getters for scripts/ (no Sopel config available there) ---

@functools.lru_cache(maxsize=1)
def get_openai_client() -> openai.OpenAI:
    return openai.OpenAI(api_key=os.environ["OPENAI_API_KEY"])


@functools.lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])


@functools.lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=os.environ["MISTRAL_API_KEY"])
