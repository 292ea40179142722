"""Keeps one backend per provider for the lifetime of the GUI."""

from threading import Lock

from calibre_plugins.ai_book_assistant.config import prefs, model_for
from calibre_plugins.ai_book_assistant.llm.backends import BACKEND_CLASSES
from calibre_plugins.ai_book_assistant.llm.clients import client_for

_lock = Lock()
_backends = {}


def get_backend(provider=None):
    provider = provider or prefs['provider']
    with _lock:
        b = _backends.get(provider)
        if b is None or b.model != model_for(provider):
            cls = BACKEND_CLASSES[provider]
            b = cls(client_for(provider), model_for(provider),
                    temperature=float(prefs['temperature']))
            _backends[provider] = b
        return b


def clear():
    with _lock:
        _backends.clear()


def providers():
    return sorted(BACKEND_CLASSES)
