# -*- coding: utf-8 -*-
"""Lazily populated registry of SDK clients, keyed by provider name.

Added by the plugin refactor (see plugin.py); older feature modules still
call the getters in clients.py directly.
"""
from resources.lib.ai import clients

_FACTORIES = {
    "openai": clients.get_openai_client,
    "anthropic": clients.get_anthropic_client,
    "google": clients.get_genai_client,
    "mistral": clients.get_mistral_client,
}

_CLIENTS = {}


def get(provider):
    if provider not in _CLIENTS:
        _CLIENTS[provider] = _FACTORIES[provider]()
    return _CLIENTS[provider]


def available():
    out = []
    for name in _FACTORIES:
        try:
            get(name)
            out.append(name)
        except clients.MissingApiKey:
            pass
    return out


def clear():
    _CLIENTS.clear()
    clients.reset()
