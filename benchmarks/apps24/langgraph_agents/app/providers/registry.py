"""Name -> client registry used by the supervisor graph and the admin API.

The registry is lazily populated; `ProviderRegistry.get("anthropic")` returns the
shared client from :mod:`app.providers.clients`.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Callable

from app.providers import clients

logger = logging.getLogger(__name__)

_FACTORIES: dict[str, Callable[[], Any]] = {
    "openai": clients.get_openai_client,
    "anthropic": clients.get_anthropic_client,
    "mistral": clients.get_mistral_client,
    "cohere": clients.get_cohere_client,
    "cerebras": clients.get_cerebras_client,
    "perplexity": clients.get_perplexity_client,
    "bedrock": clients.get_bedrock_runtime,
}


@dataclass
class ProviderRegistry:
    _instances: dict[str, Any] = field(default_factory=dict)

    def get(self, name: str) -> Any:
        if name not in self._instances:
            try:
                factory = _FACTORIES[name]
            except KeyError as exc:
                raise ValueError(f"unknown provider {name!r}") from exc
            logger.debug("initialising provider client %s", name)
            self._instances[name] = factory()
        return self._instances[name]

    def __getitem__(self, name: str) -> Any:
        return self.get(name)

    def names(self) -> list[str]:
        return sorted(_FACTORIES)

    def clear(self) -> None:
        self._instances.clear()


registry = ProviderRegistry()
