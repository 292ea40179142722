"""Named-model registry.

Maps a logical role ("anomaly", "diagnostics", ...) to a provider client and
a model name.  Added by the reliability team so roles can be re-pointed
without a redeploy (the YAML picks the model; this picks the client).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from gateway.config import get_settings
from gateway.services import clients


@dataclass
class ModelRoute:
    provider: str
    model: str
    client: Any


_FACTORIES: dict[str, Callable[[], Any]] = {
    "openai": clients.get_openai_client,
    "anthropic": clients.get_anthropic_client,
    "google": clients.get_genai_client,
    "xai": clients.get_xai_client,
}


class ModelRegistry:
    def __init__(self) -> None:
        self._routes: dict[str, ModelRoute] = {}

    def register(self, role: str, provider: str, model: str) -> None:
        factory = _FACTORIES[provider]
        self._routes[role] = ModelRoute(provider=provider, model=model, client=factory())

    def route(self, role: str) -> ModelRoute:
        try:
            return self._routes[role]
        except KeyError:
            raise LookupError(f"no model registered for role {role!r}") from None

    def roles(self) -> list[str]:
        return sorted(self._routes)


def default_registry() -> ModelRegistry:
    cfg = get_settings().llm
    reg = ModelRegistry()
    reg.register("anomaly", "openai", cfg.anomaly_model)
    reg.register("operator", "anthropic", cfg.operator_model)
    reg.register("alarms", "google", cfg.alarm_model)
    reg.register("diagnostics", "xai", cfg.diagnostics_model)
    return reg


registry = default_registry
