"""Provider registry.

New models should ask the registry for clients instead of calling the builders
directly (see DOCAI-412). Older models still import ``docai_models.legacy.clients``.
"""
from __future__ import annotations

import logging
import threading
from typing import Any, Callable, Mapping

from docai_models.config import ProviderSettings, load_model_config
from docai_models.providers.anthropic_provider import build_anthropic_client
from docai_models.providers.cohere_provider import build_cohere_client
from docai_models.providers.mistral_provider import build_mistral_client
from docai_models.providers.openai_provider import FireworksClientFactory, build_openai_client
from docai_models.providers.watsonx_provider import build_model_inference

log = logging.getLogger(__name__)

_BUILDERS: dict[str, Callable[[ProviderSettings], Any]] = {
    "openai": build_openai_client,
    "azure_openai": build_openai_client,
    "anthropic": build_anthropic_client,
    "mistral": build_mistral_client,
    "cohere": build_cohere_client,
    "fireworks": lambda s: FireworksClientFactory(s).create(),
    "watsonx": build_model_inference,
}


class ProviderRegistry:
    def __init__(self, settings: Mapping[str, ProviderSettings]):
        self._settings = dict(settings)
        self._clients: dict[str, Any] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_model_config(cls, model_config: Mapping[str, Any] | None) -> "ProviderRegistry":
        return cls(load_model_config(model_config))

    def settings(self, name: str) -> ProviderSettings:
        return self._settings[name]

    def model(self, name: str) -> str:
        return self._settings[name].model

    def get(self, name: str) -> Any:
        with self._lock:
            if name not in self._clients:
                settings = self._settings[name]
                kind = settings.extra.get("kind", name)
                log.debug("building %s client (%s)", name, kind)
                self._clients[name] = _BUILDERS[kind](settings)
            return self._clients[name]

    def __contains__(self, name: str) -> bool:
        return name in self._settings

    def names(self) -> list[str]:
        return sorted(self._settings)
