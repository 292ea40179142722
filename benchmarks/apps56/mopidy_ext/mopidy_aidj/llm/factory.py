"""Client factories built from the ``[aidj]`` config section.

Every factory takes the extension's config dict (``config["aidj"]``) and
returns a ready SDK client, or ``None`` when the key is not configured.
Clients are cached per api key because the frontend, the backend and the
HTTP handlers all ask for them from different threads.
"""

import functools
import logging
import threading

import anthropic
import cohere
import openai
import together

logger = logging.getLogger(__name__)

XAI_BASE_URL = "https://api.x.ai/v1"

_lock = threading.Lock()
_cache = {}


def _cached(kind, key, builder):
    with _lock:
        client = _cache.get((kind, key))
        if client is None:
            client = builder()
            _cache[(kind, key)] = client
        return client


def make_openai_client(ext_config, timeout=30.0):
    key = ext_config.get("openai_api_key")
    if not key:
        return None
    return _cached(
        "openai", key, lambda: openai.OpenAI(api_key=key, timeout=timeout, max_retries=2)
    )


def make_async_openai_client(ext_config):
    key = ext_config.get("openai_api_key")
    if not key:
        return None
    return _cached("openai-async", key, lambda: openai.AsyncOpenAI(api_key=key))


def make_anthropic_client(ext_config):
    key = ext_config.get("anthropic_api_key")
    if not key:
        return None
    return _cached("anthropic", key, lambda: anthropic.Anthropic(api_key=key))


def make_async_anthropic_client(ext_config):
    key = ext_config.get("anthropic_api_key")
    if not key:
        return None
    return _cached(
        "anthropic-async", key, lambda: anthropic.AsyncAnthropic(api_key=key)
    )


def make_cohere_client(ext_config):
    key = ext_config.get("cohere_api_key")
    if not key:
        return None
    return _cached("cohere", key, lambda: cohere.ClientV2(api_key=key))


def make_together_client(ext_config):
    key = ext_config.get("together_api_key")
    if not key:
        return None
    return _cached("together", key, lambda: together.Together(api_key=key))


def make_xai_client(ext_config):
    """Grok speaks the OpenAI wire protocol, so we reuse the openai SDK."""
    key = ext_config.get("xai_api_key")
    if not key:
        return None
    return _cached(
        "xai",
        key,
        lambda: openai.OpenAI(api_key=key, base_url=XAI_BASE_URL),
    )


@functools.lru_cache(maxsize=1)
def default_openai():
    """Used by scripts that read OPENAI_API_KEY from the environment."""
    return openai.OpenAI()


def reset_cache():
    with _lock:
        _cache.clear()
    default_openai.cache_clear()
