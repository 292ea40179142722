"""Client factories.

Clients are cached per process because FreeCAD keeps the interpreter alive
for the whole session; call ``reset_clients()`` after the user changes a key
in the settings panel.
"""
import functools

import anthropic
import groq
import ollama
from openai import AsyncOpenAI, OpenAI

from freecad.aiassist import preferences

DEEPSEEK_BASE_URL = "https://api.deepseek.com/v1"


@functools.lru_cache(maxsize=None)
def get_openai_client():
    return OpenAI(
        api_key=preferences.api_key("openai"),
        timeout=preferences.request_timeout(),
        max_retries=2,
    )


@functools.lru_cache(maxsize=None)
def get_async_openai_client():
    return AsyncOpenAI(api_key=preferences.api_key("openai"), timeout=preferences.request_timeout())


@functools.lru_cache(maxsize=None)
def get_anthropic_client():
    return anthropic.Anthropic(
        api_key=preferences.api_key("anthropic"),
        timeout=preferences.request_timeout(),
    )


@functools.lru_cache(maxsize=None)
def get_deepseek_client():
    # DeepSeek speaks the OpenAI wire protocol.
    return OpenAI(
        api_key=preferences.api_key("deepseek"),
        base_url=DEEPSEEK_BASE_URL,
        timeout=preferences.request_timeout(),
    )


@functools.lru_cache(maxsize=None)
def get_groq_client():
    return groq.Groq(api_key=preferences.api_key("groq"))


@functools.lru_cache(maxsize=None)
def get_ollama_client():
    return ollama.Client(host=preferences.ollama_host(), timeout=preferences.request_timeout())


def reset_clients():
    for getter in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_deepseek_client,
        get_groq_client,
        get_ollama_client,
    ):
        getter.cache_clear()
