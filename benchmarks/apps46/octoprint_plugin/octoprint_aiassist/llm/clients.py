# coding=utf-8
"""Client factories for the LLM providers we support.

All clients are created lazily and cached per (provider, key) so that a
settings change in the OctoPrint UI picks up the new key on the next request
(see ``reset_clients`` which the plugin calls from ``on_settings_save``).
"""
from __future__ import absolute_import, unicode_literals

import functools
import logging
import threading

import anthropic
import ollama
from google import genai
from openai import OpenAI

_logger = logging.getLogger("octoprint.plugins.aiassist.llm")

OPENROUTER_BASE_URL = "https://openrouter.ai/api/v1"
DEFAULT_OLLAMA_HOST = "http://127.0.0.1:11434"

_lock = threading.RLock()
_clients = {}


def _key(provider, *parts):
    return (provider,) + tuple(p or "" for p in parts)


@functools.lru_cache(maxsize=4)
def get_openai_client(api_key, organization=None, timeout=60.0):
    """Return a cached OpenAI client for ``api_key``."""
    _logger.debug("Creating OpenAI client (org=%s)", organization)
    return OpenAI(api_key=api_key, organization=organization or None, timeout=timeout, max_retries=2)


def get_anthropic_client(api_key):
    with _lock:
        k = _key("anthropic", api_key)
        if k not in _clients:
            _clients[k] = anthropic.Anthropic(api_key=api_key, max_retries=2)
        return _clients[k]


def get_genai_client(api_key):
    with _lock:
        k = _key("google", api_key)
        client = _clients.get(k)
        if client is None:
            client = genai.Client(api_key=api_key)
            _clients[k] = client
        return client


def get_ollama_client(host=None):
    with _lock:
        k = _key("ollama", host)
        if k not in _clients:
            _clients[k] = ollama.Client(host=host or DEFAULT_OLLAMA_HOST, timeout=300)
        return _clients[k]


def make_openrouter_client(api_key, app_url="https://octoprint.org", app_title="OctoPrint AIAssist"):
    """OpenRouter speaks the OpenAI wire protocol; we just point the SDK at it."""
    return OpenAI(
        api_key=api_key,
        base_url=OPENROUTER_BASE_URL,
        default_headers={"HTTP-Referer": app_url, "X-Title": app_title},
    )


def get_openrouter_client(api_key):
    with _lock:
        k = _key("openrouter", api_key)
        if k not in _clients:
            _clients[k] = make_openrouter_client(api_key)
        return _clients[k]


def reset_clients():
    with _lock:
        _clients.clear()
    get_openai_client.cache_clear()
    _logger.info("LLM clients reset")


def client_for(provider, settings):
    """Build the client for ``provider`` out of a flat settings dict.

    ``settings`` is what ``AIAssistPlugin._llm_settings()`` returns.
    """
    if provider == "openai":
        return get_openai_client(settings.get("openai_api_key"), settings.get("openai_org"))
    if provider == "anthropic":
        return get_anthropic_client(settings.get("anthropic_api_key"))
    if provider == "google":
        return get_genai_client(settings.get("google_api_key"))
    if provider == "ollama":
        return get_ollama_client(settings.get("ollama_host"))
    if provider == "openrouter":
        return get_openrouter_client(settings.get("openrouter_api_key"))
    raise ValueError("Unknown provider: {}".format(provider))
