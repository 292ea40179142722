"""Model registry: which provider/model plays which role in the agent.

Roles are looked up by name so a run can swap e.g. the critic to a local
model with `--critic ollama:llava`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from qa_agent.config import get_settings
from qa_agent.llm import clients


@dataclass(frozen=True)
class ModelSpec:
    role: str
    provider: str
    model: str
    supports_vision: bool = False
    max_tokens: int = 1024


_FACTORIES: dict[str, Callable[[], Any]] = {
    "openai": clients.get_async_openai_client,
    "openai-sync": clients.get_openai_client,
    "anthropic": clients.get_async_anthropic_client,
    "anthropic-sync": clients.get_anthropic_client,
    "google": clients.get_genai_client,
    "fireworks": clients.get_fireworks_client,
    "ollama": clients.get_ollama_client,
}


class ModelRegistry:
    def __init__(self) -> None:
        self._specs: dict[str, ModelSpec] = {}

    def register(self, spec: ModelSpec) -> None:
        self._specs[spec.role] = spec

    def spec(self, role: str) -> ModelSpec:
        try:
            return self._specs[role]
        except KeyError:
            raise KeyError(f"no model registered for role {role!r}") from None

    def client_for(self, role: str) -> Any:
        return _FACTORIES[self.spec(role).provider]()

    def override(self, role: str, provider_model: str) -> None:
        provider, _, model = provider_model.partition(":")
        old = self.spec(role)
        self._specs[role] = ModelSpec(role, provider, model or old.model, old.supports_vision, old.max_tokens)

    def roles(self) -> list[str]:
        return sorted(self._specs)


def default_registry() -> ModelRegistry:
    s = get_settings()
    reg = ModelRegistry()
    reg.register(ModelSpec("vision", "openai", s.vision_model, supports_vision=True))
    reg.register(ModelSpec("computer", "openai-sync", "computer-use-preview", supports_vision=True))
    reg.register(ModelSpec("planner", "anthropic-sync", s.planner_model, max_tokens=4096))
    reg.register(ModelSpec("critic", "google", s.critic_model, supports_vision=True))
    reg.register(ModelSpec("forms", "fireworks", s.form_model))
    reg.register(ModelSpec("summary", "anthropic-sync", "claude-3-5-haiku-latest", max_tokens=800))
    reg.register(ModelSpec("local", "ollama", s.local_model, supports_vision=True))
    return reg


registry = default_registry()
