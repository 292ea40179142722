# -*- coding: utf-8 -*-
"""Tiny provider registry.

Addons register a factory under a short name at load time; callers do
``registry.get("anthropic")`` and get a client back. Factories receive the
registry-level ``env`` configured by :func:`configure`.
"""
import logging
import threading

from . import clients

_logger = logging.getLogger(__name__)

_lock = threading.RLock()
_factories = {}
_instances = {}
_env_getter = None


def register(name, factory):
    with _lock:
        _factories[name] = factory
        _instances.pop(name, None)


def configure(env_getter):
    """``env_getter`` is a callable returning the key dict for the current db."""
    global _env_getter
    _env_getter = env_getter
    with _lock:
        _instances.clear()


def get(name):
    with _lock:
        if name not in _instances:
            if name not in _factories:
                raise KeyError("No AI provider registered under %r" % name)
            keys = _env_getter() if _env_getter else {}
            _instances[name] = _factories[name](keys)
        return _instances[name]


def available():
    return sorted(_factories)


register("openai", lambda keys: clients.get_openai_client(keys.get("openai_api_key")))
register("anthropic", lambda keys: clients.get_anthropic_client(keys.get("anthropic_api_key")))
register("mistral", lambda keys: clients.get_mistral_client(keys.get("mistral_api_key")))
register(
    "azure",
    lambda keys: clients.get_azure_client(keys.get("azure_endpoint"), keys.get("azure_api_key")),
)
register("google", lambda keys: clients.get_genai_client(keys.get("google_api_key")))
