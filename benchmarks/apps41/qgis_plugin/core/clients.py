"""Client factories for the supported LLM providers.

Clients are cheap to build but the HTTP pools are not, so the dock and the
processing algorithms share the cached instances below. Call ``reset_clients``
after the settings dialog saves new keys.
"""
import functools
import logging

import anthropic
import ollama
from google import genai
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from . import settings

log = logging.getLogger(__name__)

USER_AGENT = "GeoScribe-QGIS/0.9"


@functools.lru_cache(maxsize=None)
def get_openai_client():
    cfg = settings.provider_config("openai")
    kwargs = {"api_key": cfg.api_key or None, "timeout": 60.0, "max_retries": 2}
    if cfg.base_url:
        kwargs["base_url"] = cfg.base_url
    return OpenAI(default_headers={"User-Agent": USER_AGENT}, **kwargs)


@functools.lru_cache(maxsize=None)
def get_async_openai_client():
    cfg = settings.provider_config("openai")
    return AsyncOpenAI(api_key=cfg.api_key or None, timeout=60.0)


@functools.lru_cache(maxsize=None)
def get_anthropic_client():
    cfg = settings.provider_config("anthropic")
    return anthropic.Anthropic(api_key=cfg.api_key or None, max_retries=2)


@functools.lru_cache(maxsize=None)
def get_genai_client():
    cfg = settings.provider_config("google")
    return genai.Client(api_key=cfg.api_key or None)


@functools.lru_cache(maxsize=None)
def get_mistral_client():
    cfg = settings.provider_config("mistral")
    return Mistral(api_key=cfg.api_key)


def make_ollama_client(host=None):
    # Not cached: users switch between a local and a LAN server a lot.
    return ollama.Client(host=host or settings.ollama_host(), timeout=120)


CLIENT_FACTORIES = {
    "openai": get_openai_client,
    "anthropic": get_anthropic_client,
    "google": get_genai_client,
    "mistral": get_mistral_client,
    "ollama": make_ollama_client,
}


def client_for(provider):
    try:
        factory = CLIENT_FACTORIES[provider]
    except KeyError:
        raise ValueError("Unknown provider: {}".format(provider))
    return factory()


def reset_clients():
    for factory in CLIENT_FACTORIES.values():
        cache_clear = getattr(factory, "cache_clear", None)
        if cache_clear:
            cache_clear()
    get_async_openai_client.cache_clear()
    log.debug("LLM clients reset")
