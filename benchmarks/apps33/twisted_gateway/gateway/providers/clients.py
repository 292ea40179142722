"""Client construction for every vendor SDK we talk to.

Clients are created lazily and cached per process; the SDK clients are
thread-safe so it's fine to share them across the reactor thread pool.
"""
import functools

import anthropic
import cohere
import voyageai
from groq import AsyncGroq
from openai import AsyncOpenAI, OpenAI

from gateway.config import GROQ_BASE_URL, get_settings


@functools.lru_cache(maxsize=None)
def get_openai_client():
    s = get_settings()
    return OpenAI(api_key=s.openai_api_key, organization=s.openai_org or None,
                  timeout=s.request_timeout, max_retries=2)


@functools.lru_cache(maxsize=None)
def get_async_openai():
    s = get_settings()
    return AsyncOpenAI(api_key=s.openai_api_key, timeout=s.request_timeout)


@functools.lru_cache(maxsize=None)
def get_anthropic_client():
    return anthropic.Anthropic(api_key=get_settings().anthropic_api_key)


@functools.lru_cache(maxsize=None)
def get_async_anthropic():
    return anthropic.AsyncAnthropic(api_key=get_settings().anthropic_api_key)


@functools.lru_cache(maxsize=None)
def get_cohere_client():
    return cohere.ClientV2(api_key=get_settings().cohere_api_key)


@functools.lru_cache(maxsize=None)
def get_groq_compat_client():
    """Groq through the OpenAI SDK -- what we used before the groq SDK existed."""
    return OpenAI(api_key=get_settings().groq_api_key, base_url=GROQ_BASE_URL)


@functools.lru_cache(maxsize=None)
def get_async_groq():
    return AsyncGroq(api_key=get_settings().groq_api_key)


@functools.lru_cache(maxsize=None)
def get_voyage_client():
    return voyageai.Client(api_key=get_settings().voyage_api_key, max_retries=3)


def make_async_voyage():
    return voyageai.AsyncClient(api_key=get_settings().voyage_api_key)
