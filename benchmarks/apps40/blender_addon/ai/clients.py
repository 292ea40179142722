"""Client factories.

Clients are cheap-ish to build but keep connection pools around, so we cache
them per API key. When the user edits a key in the preferences the cache key
changes and a new client is built.
"""

import functools
import logging

from .. import _deps
from ..preferences import get_prefs

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 60.0


@functools.lru_cache(maxsize=4)
def _openai_for_key(api_key):
    openai = _deps.require(_deps.openai, "openai")
    return openai.OpenAI(api_key=api_key, timeout=DEFAULT_TIMEOUT, max_retries=2)


@functools.lru_cache(maxsize=4)
def _anthropic_for_key(api_key):
    anthropic = _deps.require(_deps.anthropic, "anthropic")
    return anthropic.Anthropic(api_key=api_key, timeout=DEFAULT_TIMEOUT)


@functools.lru_cache(maxsize=4)
def _genai_for_key(api_key):
    genai = _deps.require(_deps.genai, "google-genai")
    return genai.Client(api_key=api_key)


@functools.lru_cache(maxsize=4)
def _replicate_for_token(token):
    replicate = _deps.require(_deps.replicate, "replicate")
    return replicate.Client(api_token=token)


@functools.lru_cache(maxsize=4)
def _ollama_for_host(host):
    ollama = _deps.require(_deps.ollama, "ollama")
    return ollama.Client(host=host)


def get_openai_client(prefs=None):
    prefs = prefs or get_prefs()
    if not prefs.openai_api_key:
        raise RuntimeError("Set an OpenAI API key in the add-on preferences")
    return _openai_for_key(prefs.openai_api_key)


def get_anthropic_client(prefs=None):
    prefs = prefs or get_prefs()
    if not prefs.anthropic_api_key:
        raise RuntimeError("Set an Anthropic API key in the add-on preferences")
    return _anthropic_for_key(prefs.anthropic_api_key)


def get_genai_client(prefs=None):
    prefs = prefs or get_prefs()
    return _genai_for_key(prefs.google_api_key)


def get_replicate_client(prefs=None):
    prefs = prefs or get_prefs()
    return _replicate_for_token(prefs.replicate_api_token)


def get_ollama_client(prefs=None):
    prefs = prefs or get_prefs()
    return _ollama_for_host(prefs.ollama_host)


def clear_caches():
    for fn in (_openai_for_key, _anthropic_for_key, _genai_for_key, _replicate_for_token, _ollama_for_host):
        fn.cache_clear()
    log.debug("AI client caches cleared")
