"""Client factories.

Everything that needs an LLM client should get it from here (or, inside AppDaemon, from the
llm_hub app, which calls these). Keeps keys and base URLs in one place.
"""
from functools import lru_cache

import anthropic
import ollama
from google import genai
from groq import AsyncGroq, Groq
from openai import AsyncOpenAI, OpenAI

from . import settings

DEFAULT_TIMEOUT = 30.0


def make_openai_client(api_key=None, timeout=DEFAULT_TIMEOUT):
    return OpenAI(api_key=api_key or settings.secret("openai_api_key"), timeout=timeout, max_retries=2)


def make_async_openai_client(api_key=None, timeout=DEFAULT_TIMEOUT):
    return AsyncOpenAI(api_key=api_key or settings.secret("openai_api_key"), timeout=timeout)


def make_anthropic_client(api_key=None):
    return anthropic.Anthropic(api_key=api_key or settings.secret("anthropic_api_key"))


def make_async_anthropic_client(api_key=None):
    return anthropic.AsyncAnthropic(api_key=api_key or settings.secret("anthropic_api_key"))


@lru_cache(maxsize=1)
def get_gemini_client():
    """google-genai client; cached because building it reads credentials every time."""
    return genai.Client(api_key=settings.secret("gemini_api_key"))


def make_ollama_client(host=None):
    return ollama.Client(host=host or settings.OLLAMA_HOST, timeout=120)


def make_async_ollama_client(host=None):
    return ollama.AsyncClient(host=host or settings.OLLAMA_HOST, timeout=120)


def make_groq_client(api_key=None):
    return Groq(api_key=api_key or settings.secret("groq_api_key"))


def make_async_groq_client(api_key=None):
    return AsyncGroq(api_key=api_key or settings.secret("groq_api_key"))
