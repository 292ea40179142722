"""Module level, cached SDK clients.

This predates the IAIClientProvider utilities (see utilities/).  New code
should use ``acme.aiassist.utilities.get_provider``; the getters below are
kept because the alt-text view, the REST services and the task runner
still import them.  TODO(jb): finish moving callers over, then delete.
"""
from acme.aiassist.settings import get_setting
from functools import lru_cache
from google import genai

import anthropic
import openai


@lru_cache(maxsize=1)
def get_openai_client():
    return openai.OpenAI(api_key=get_setting("openai_api_key"))


@lru_cache(maxsize=1)
def get_async_openai_client():
    return openai.AsyncOpenAI(api_key=get_setting("openai_api_key"))


@lru_cache(maxsize=1)
def get_anthropic_client():
    return anthropic.Anthropic(api_key=get_setting("anthropic_api_key"))


@lru_cache(maxsize=1)
def get_genai_client():
    return genai.Client(api_key=get_setting("google_api_key"))


def clear_caches():
    for getter in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_genai_client,
    ):
        getter.cache_clear()
