"""Provider client factories.

Clients are cheap-ish to build but hold an httpx pool, so we cache one per
API key. Screens should reach them through ``App.get_running_app()`` rather
than calling these directly (see ``main.TutorApp.build``).
"""
import functools
import logging
import os

import anthropic
import ollama
from groq import Groq
from openai import AsyncOpenAI, OpenAI

from tutor.config import OLLAMA_HOST

log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=4)
def get_openai_client(api_key=None):
    key = api_key or os.environ.get("OPENAI_API_KEY")
    log.debug("creating OpenAI client")
    return OpenAI(api_key=key, timeout=30.0, max_retries=2)


@functools.lru_cache(maxsize=2)
def get_async_openai_client(api_key=None):
    return AsyncOpenAI(api_key=api_key or os.environ.get("OPENAI_API_KEY"))


@functools.lru_cache(maxsize=4)
def get_anthropic_client(api_key=None):
    return anthropic.Anthropic(api_key=api_key or os.environ.get("ANTHROPIC_API_KEY"))


def make_groq_client(api_key=None):
    # not cached: the groq client is rebuilt when the user changes the key
    return Groq(api_key=api_key or os.environ.get("GROQ_API_KEY"))


_ollama_client = None


def get_ollama_client():
    global _ollama_client
    if _ollama_client is None:
        _ollama_client = ollama.Client(host=OLLAMA_HOST, timeout=120)
    return _ollama_client


def reset_clients():
    """Drop cached clients after API keys change in the settings panel."""
    get_openai_client.cache_clear()
    get_async_openai_client.cache_clear()
    get_anthropic_client.cache_clear()
    global _ollama_client
    _ollama_client = None
