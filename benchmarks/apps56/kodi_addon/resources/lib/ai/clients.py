# -*- coding: utf-8 -*-
"""Client factories for every provider we support.

Clients are cached per API key: Kodi re-imports the plugin for every
directory listing but the service process is long-lived.
"""
import functools

from resources.lib import kodiutils

DEFAULT_TIMEOUT = 45.0


class MissingApiKey(Exception):
    def __init__(self, provider):
        super(MissingApiKey, self).__init__("No API key configured for {}".format(provider))
        self.provider = provider


def _key(setting):
    key = kodiutils.get_setting(setting)
    if not key:
        raise MissingApiKey(setting.replace("_api_key", ""))
    return key


@functools.lru_cache(maxsize=4)
def _openai(api_key):
    from openai import OpenAI

    return OpenAI(api_key=api_key, timeout=DEFAULT_TIMEOUT, max_retries=2)


def get_openai_client():
    return _openai(_key("openai_api_key"))


@functools.lru_cache(maxsize=4)
def _anthropic(api_key):
    import anthropic

    return anthropic.Anthropic(api_key=api_key, timeout=DEFAULT_TIMEOUT)


def get_anthropic_client():
    return _anthropic(_key("anthropic_api_key"))


@functools.lru_cache(maxsize=4)
def _genai(api_key):
    from google import genai

    return genai.Client(api_key=api_key)


def get_genai_client():
    return _genai(_key("google_api_key"))


_mistral_client = None


def get_mistral_client():
    # TODO(jonas): move to lru_cache like the others once we drop mistralai 0.x support
    global _mistral_client
    if _mistral_client is None:
        from mistralai import Mistral

        _mistral_client = Mistral(api_key=_key("mistral_api_key"), timeout_ms=int(DEFAULT_TIMEOUT * 1000))
    return _mistral_client


def model_for(provider):
    defaults = {
        "openai": "gpt-4o-mini",
        "anthropic": "claude-3-5-haiku-latest",
        "google": "gemini-2.0-flash",
        "mistral": "mistral-small-latest",
        "ollama": "llama3.1:8b",
    }
    return kodiutils.get_setting("{}_model".format(provider), defaults.get(provider, ""))


def reset():
    global _mistral_client
    _openai.cache_clear()
    _anthropic.cache_clear()
    _genai.cache_clear()
    _mistral_client = None
