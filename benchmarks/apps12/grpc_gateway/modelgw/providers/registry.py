from __future__ import annotations

import logging
import threading
from typing import Callable, Dict, FrozenSet, Optional

from modelgw.config import settings
from modelgw.errors import ProviderDisabled, UnknownProvider
from modelgw.providers.anthropic_provider import AnthropicProvider
from modelgw.providers.base import BaseProvider
from modelgw.providers.cerebras_provider import CerebrasProvider
from modelgw.providers.ollama_provider import OllamaProvider
from modelgw.providers.openai_provider import OpenAIProvider
from modelgw.providers.openrouter_provider import OpenRouterProvider
from modelgw.providers.perplexity_provider import PerplexityProvider
from modelgw.providers.xai_provider import XAIProvider

log = logging.getLogger(__name__)

PROVIDER_CLASSES: Dict[str, Callable[[], BaseProvider]] = {
    "openai": OpenAIProvider,
    "anthropic": AnthropicProvider,
    "xai": XAIProvider,
    "grok": XAIProvider,  # alias kept for search-api, remove once they migrate
    "perplexity": PerplexityProvider,
    "openrouter": OpenRouterProvider,
    "cerebras": CerebrasProvider,
    "ollama": OllamaProvider,
}


class ProviderRegistry:
    def __init__(self, enabled: Optional[FrozenSet[str]] = None):
        self._enabled = enabled if enabled is not None else settings.enabled_providers
        self._instances: Dict[str, BaseProvider] = {}
        self._lock = threading.Lock()

    @property
    def enabled(self) -> FrozenSet[str]:
        return self._enabled

    def get(self, name: str) -> BaseProvider:
        key = (name or "").strip().lower()
        if key == "grok":
            key = "xai"
        if key not in PROVIDER_CLASSES:
            raise UnknownProvider(f"unknown provider {name!r}")
        if key not in self._enabled:
            raise ProviderDisabled(f"provider {key} is disabled", provider=key)
        with self._lock:
            if key not in self._instances:
                log.info("initialising provider %s", key)
                self._instances[key] = PROVIDER_CLASSES[key]()
            return self._instances[key]

    def register(self, name: str, provider: BaseProvider) -> None:
        """Used by tests and by the eval harness to inject fakes."""
        with self._lock:
            self._instances[name] = provider
            self._enabled = self._enabled | {name}
