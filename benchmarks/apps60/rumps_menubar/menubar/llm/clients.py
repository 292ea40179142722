"""Client factories. Clients are cached per process; call reset_clients()
after the user changes an API key in Preferences."""
from __future__ import annotations

import functools
import logging

import anthropic
import cohere
import ollama
from openai import OpenAI

from menubar.settings import load_settings

log = logging.getLogger(__name__)

DEEPSEEK_BASE_URL = "https://api.deepseek.com"
REQUEST_TIMEOUT = 45.0


@functools.lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    settings = load_settings()
    return OpenAI(api_key=settings.key_for("openai"), timeout=REQUEST_TIMEOUT, max_retries=2)


@functools.lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    settings = load_settings()
    return anthropic.Anthropic(api_key=settings.key_for("anthropic"), timeout=REQUEST_TIMEOUT)


@functools.lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    settings = load_settings()
    return anthropic.AsyncAnthropic(api_key=settings.key_for("anthropic"), timeout=REQUEST_TIMEOUT)


@functools.lru_cache(maxsize=1)
def get_deepseek_client() -> OpenAI:
    settings = load_settings()
    return OpenAI(
        api_key=settings.key_for("deepseek"),
        base_url=DEEPSEEK_BASE_URL,
        timeout=REQUEST_TIMEOUT * 2,  # the reasoner is slow
    )


@functools.lru_cache(maxsize=1)
def get_ollama_client() -> ollama.Client:
    settings = load_settings()
    return ollama.Client(host=settings.ollama_host, timeout=120)


@functools.lru_cache(maxsize=1)
def get_cohere_client() -> cohere.ClientV2:
    settings = load_settings()
    return cohere.ClientV2(api_key=settings.key_for("cohere"), timeout=REQUEST_TIMEOUT)


def reset_clients() -> None:
    for factory in (
        get_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_deepseek_client,
        get_ollama_client,
        get_cohere_client,
    ):
        factory.cache_clear()
    log.info("LLM clients reset")
