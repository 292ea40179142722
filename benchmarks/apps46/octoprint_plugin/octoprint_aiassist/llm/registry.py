# coding=utf-8
"""Maps the provider names used in the settings dialog to backend instances."""
from __future__ import absolute_import, unicode_literals

import logging

from . import clients
from .backends import (AnthropicBackend, GeminiBackend, OllamaBackend,
                       OpenAIBackend, OpenRouterBackend)

_logger = logging.getLogger("octoprint.plugins.aiassist.registry")

BACKEND_CLASSES = {
    "openai": OpenAIBackend,
    "anthropic": AnthropicBackend,
    "google": GeminiBackend,
    "ollama": OllamaBackend,
    "openrouter": OpenRouterBackend,
}

DEFAULT_MODELS = {
    "openai": ("gpt-4o-mini", "gpt-4o-mini"),
    "anthropic": ("claude-3-5-haiku-latest", "claude-sonnet-4-20250514"),
    "google": ("gemini-2.0-flash", "gemini-2.0-flash"),
    "ollama": ("llama3.1:8b", "llama3.2-vision"),
    "openrouter": ("meta-llama/llama-3.3-70b-instruct", "qwen/qwen2.5-vl-72b-instruct"),
}


class BackendRegistry(object):
    def __init__(self):
        self._backends = {}

    def configure(self, settings):
        """Rebuild backends for every provider that has credentials."""
        self._backends.clear()
        for name, cls in BACKEND_CLASSES.items():
            if name != "ollama" and not settings.get("{}_api_key".format(name)):
                continue
            if name == "ollama" and not settings.get("ollama_enabled"):
                continue
            model, vision = DEFAULT_MODELS[name]
            model = settings.get("{}_model".format(name)) or model
            vision = settings.get("{}_vision_model".format(name)) or vision
            try:
                client = clients.client_for(name, settings)
            except Exception:
                _logger.exception("Could not create client for %s", name)
                continue
            self._backends[name] = cls(client, model, vision_model=vision,
                                       temperature=float(settings.get("temperature") or 0.2))
        _logger.info("Configured LLM backends: %s", ", ".join(sorted(self._backends)) or "none")

    def get(self, name):
        try:
            return self._backends[name]
        except KeyError:
            raise LookupError("Provider {} is not configured".format(name))

    def first_available(self, preferred=None, need_vision=False):
        order = [preferred] if preferred else []
        order += ["openai", "anthropic", "google", "openrouter", "ollama"]
        for name in order:
            backend = self._backends.get(name)
            if backend is None:
                continue
            if need_vision and not backend.supports_vision:
                continue
            return backend
        return None

    def names(self):
        return sorted(self._backends)


registry = BackendRegistry()
