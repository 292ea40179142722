"""Client factories.

Every SDK client in the game is built here so keys/timeouts live in one place.
The getters are cached: the SDK clients keep an HTTP pool and are thread safe.
"""
import os
from functools import lru_cache

import anthropic
import ollama
from google import genai
from groq import AsyncGroq, Groq
from openai import AsyncOpenAI, OpenAI

from ai.config import load_ai_config

DEFAULT_TIMEOUT = 20.0


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(api_key=os.environ.get("OPENAI_API_KEY"), timeout=DEFAULT_TIMEOUT, max_retries=2)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(timeout=DEFAULT_TIMEOUT)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(timeout=DEFAULT_TIMEOUT)


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(timeout=DEFAULT_TIMEOUT)


@lru_cache(maxsize=1)
def get_groq_client() -> Groq:
    return Groq(api_key=os.environ.get("GROQ_API_KEY"), timeout=DEFAULT_TIMEOUT)


def make_async_groq() -> AsyncGroq:
    # not cached: AsyncGroq binds to the running loop of the worker thread
    return AsyncGroq(api_key=os.environ.get("GROQ_API_KEY"))


@lru_cache(maxsize=1)
def get_ollama_client() -> ollama.Client:
    cfg = load_ai_config()
    return ollama.Client(host=cfg.ollama_host, timeout=60)


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    return genai.Client(api_key=os.environ.get("GEMINI_API_KEY"))


def build_client_registry() -> dict:
    """Used by Game.__init__ to hang all clients on `base.ai_clients`."""
    return {
        "openai": get_openai_client(),
        "anthropic": get_anthropic_client(),
        "groq": get_groq_client(),
        "ollama": get_ollama_client(),
        "google": get_genai_client(),
    }
