"""Client factories for the LLM SDKs used by our automations.

Everything here is cached: building an SDK client reads certificates and sets up an HTTP
pool, which is slow inside the HA event loop. Call these from @pyscript_compile helpers or
through task.executor, never at import time in a script.
"""
import functools
import os

import anthropic
import groq
import ollama
from google import genai
from openai import AsyncOpenAI, OpenAI

_KEYS = {}


def configure(global_cfg):
    """Called once from pyscript/house_summary.py at startup with pyscript.config['global']."""
    _KEYS.update({k: v for k, v in (global_cfg or {}).items() if k.endswith("_api_key")})
    _KEYS["ollama_url"] = (global_cfg or {}).get("ollama_url", "http://localhost:11434")
    for getter in (get_openai, get_async_openai, get_anthropic, get_async_anthropic,
                   get_genai, get_groq, get_async_groq, get_ollama):
        getter.cache_clear()


def _key(name, env):
    return _KEYS.get(name) or os.environ.get(env)


@functools.lru_cache(maxsize=1)
def get_openai():
    return OpenAI(api_key=_key("openai_api_key", "OPENAI_API_KEY"), timeout=30, max_retries=2)


@functools.lru_cache(maxsize=1)
def get_async_openai():
    return AsyncOpenAI(api_key=_key("openai_api_key", "OPENAI_API_KEY"), timeout=30)


@functools.lru_cache(maxsize=1)
def get_anthropic():
    return anthropic.Anthropic(api_key=_key("anthropic_api_key", "ANTHROPIC_API_KEY"))


@functools.lru_cache(maxsize=1)
def get_async_anthropic():
    return anthropic.AsyncAnthropic(api_key=_key("anthropic_api_key", "ANTHROPIC_API_KEY"))


@functools.lru_cache(maxsize=1)
def get_genai():
    return genai.Client(api_key=_key("gemini_api_key", "GEMINI_API_KEY"))


@functools.lru_cache(maxsize=1)
def get_groq():
    return groq.Groq(api_key=_key("groq_api_key", "GROQ_API_KEY"))


@functools.lru_cache(maxsize=1)
def get_async_groq():
    return groq.AsyncGroq(api_key=_key("groq_api_key", "GROQ_API_KEY"))


@functools.lru_cache(maxsize=1)
def get_ollama():
    return ollama.Client(host=_KEYS.get("ollama_url", "http://localhost:11434"), timeout=60)


def get_async_ollama(host=None):
    # not cached: each pyscript task gets its own event loop binding
    return ollama.AsyncClient(host=host or _KEYS.get("ollama_url", "http://localhost:11434"))


DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-haiku-latest",
    "google": "gemini-2.0-flash",
    "groq": "llama-3.3-70b-versatile",
    "ollama": "llama3.2",
}
