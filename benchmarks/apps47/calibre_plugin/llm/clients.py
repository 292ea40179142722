"""Client factories.

calibre plugins can't depend on pip, so the SDKs are vendored into the
plugin zip under ``deps/`` by scripts/build_plugin.py. Clients are cached
per api key so the config dialog and the jobs share connections.
"""

import os
from functools import lru_cache

from calibre_plugins.ai_book_assistant.config import prefs, api_key_for

_TIMEOUT = 60.0


def _key(provider, explicit=None):
    return explicit or api_key_for(provider) or os.environ.get(
        '%s_API_KEY' % provider.upper(), '')


@lru_cache(maxsize=8)
def _openai(api_key, base_url=None):
    from openai import OpenAI
    if base_url:
        return OpenAI(api_key=api_key, base_url=base_url, timeout=_TIMEOUT)
    return OpenAI(api_key=api_key, timeout=_TIMEOUT)


def get_openai_client(api_key=None):
    return _openai(_key('openai', api_key))


def get_async_openai_client(api_key=None):
    # Not cached: the async client is bound to the event loop that made it
    from openai import AsyncOpenAI
    return AsyncOpenAI(api_key=_key('openai', api_key), timeout=_TIMEOUT)


def get_deepseek_client(api_key=None):
    base_url = prefs['deepseek_base_url'] or 'https://api.deepseek.com'
    return _openai(_key('deepseek', api_key), base_url)


@lru_cache(maxsize=4)
def _anthropic(api_key):
    import anthropic
    return anthropic.Anthropic(api_key=api_key, max_retries=3)


def get_anthropic_client(api_key=None):
    return _anthropic(_key('anthropic', api_key))


@lru_cache(maxsize=4)
def _genai(api_key):
    from google import genai
    return genai.Client(api_key=api_key)


def get_genai_client(api_key=None):
    return _genai(_key('google', api_key) or os.environ.get('GEMINI_API_KEY', ''))


@lru_cache(maxsize=4)
def _mistral(api_key):
    from mistralai import Mistral
    return Mistral(api_key=api_key)


def get_mistral_client(api_key=None):
    return _mistral(_key('mistral', api_key))


_FACTORIES = {
    'openai': get_openai_client,
    'anthropic': get_anthropic_client,
    'google': get_genai_client,
    'mistral': get_mistral_client,
    'deepseek': get_deepseek_client,
}


def client_for(provider):
    try:
        return _FACTORIES[provider]()
    except KeyError:
        raise ValueError('Unknown provider: %r' % provider)


def reset_clients():
    for f in (_openai, _anthropic, _genai, _mistral):
        f.cache_clear()
