"""Client factory.

Every SDK client the plugins use is built here, once per API key, so that
reloading the plugin doesn't leak connection pools.  Callers either use the
cached getters directly or hold a :class:`ClientBundle` (the LLM plugin keeps
one on ``self.clients`` and the Recap plugin borrows it via getCallback).
"""

import functools
import logging
import os

import anthropic
import groq
import openai
from mistralai import Mistral

log = logging.getLogger("supybot.plugins.LLM.clients")

OPENROUTER_BASE_URL = "https://openrouter.ai/api/v1"
DEFAULT_TIMEOUT = 30.0

DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-haiku-latest",
    "groq": "llama-3.1-8b-instant",
    "mistral": "mistral-small-latest",
    "openrouter": "meta-llama/llama-3.1-70b-instruct",
}


def _env(name, fallback=""):
    return os.environ.get(name, fallback)


@functools.lru_cache(maxsize=8)
def get_openai(api_key=None):
    return openai.OpenAI(
        api_key=api_key or _env("OPENAI_API_KEY"),
        timeout=DEFAULT_TIMEOUT,
        max_retries=2,
    )


@functools.lru_cache(maxsize=8)
def get_async_openai(api_key=None):
    return openai.AsyncOpenAI(api_key=api_key or _env("OPENAI_API_KEY"),
                              timeout=DEFAULT_TIMEOUT)


@functools.lru_cache(maxsize=8)
def get_anthropic(api_key=None):
    return anthropic.Anthropic(api_key=api_key or _env("ANTHROPIC_API_KEY"),
                               timeout=DEFAULT_TIMEOUT)


@functools.lru_cache(maxsize=8)
def get_async_anthropic(api_key=None):
    return anthropic.AsyncAnthropic(api_key=api_key or _env("ANTHROPIC_API_KEY"))


@functools.lru_cache(maxsize=8)
def get_groq(api_key=None):
    return groq.Groq(api_key=api_key or _env("GROQ_API_KEY"), timeout=15.0)


@functools.lru_cache(maxsize=8)
def get_mistral(api_key=None):
    return Mistral(api_key=api_key or _env("MISTRAL_API_KEY"))


@functools.lru_cache(maxsize=8)
def get_openrouter(api_key=None, referer="https://example.org/helpbot"):
    return openai.OpenAI(
        base_url=OPENROUTER_BASE_URL,
        api_key=api_key or _env("OPENROUTER_API_KEY"),
        default_headers={"HTTP-Referer": referer, "X-Title": "helpbot"},
        timeout=60.0,
    )


def clear_cache():
    """Called from the plugin's die() so a key change takes effect."""
    for getter in (get_openai, get_async_openai, get_anthropic,
                   get_async_anthropic, get_groq, get_mistral, get_openrouter):
        getter.cache_clear()


class ClientBundle(object):
    """Lazily constructed clients for one set of keys.

    ``keys`` is a callable so the bundle always sees the current registry
    values without the plugin having to rebuild it on every config change.
    """

    def __init__(self, keys):
        self._keys = keys

    def _key(self, name):
        return self._keys().get(name) or None

    @property
    def openai(self):
        return get_openai(self._key("openai"))

    @property
    def anthropic(self):
        return get_anthropic(self._key("anthropic"))

    @property
    def groq(self):
        return get_groq(self._key("groq"))

    @property
    def mistral(self):
        return get_mistral(self._key("mistral"))

    @property
    def openrouter(self):
        keys = self._keys()
        return get_openrouter(keys.get("openrouter") or None,
                              keys.get("openrouter_referer") or
                              "https://example.org/helpbot")

    def for_provider(self, name):
        try:
            return getattr(self, name)
        except AttributeError:
            raise KeyError("unknown provider %r" % name)

    def configured(self):
        return sorted(k for k, v in self._keys().items()
                      if v and not k.endswith("_referer"))
