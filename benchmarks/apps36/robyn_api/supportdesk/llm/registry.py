"""A tiny registry mapping logical model roles to (provider, client, model).

Started by Priya as the basis for routing; only the triage and sentiment
paths use it so far.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from supportdesk.config import get_settings
from supportdesk.llm.clients import get_deepseek_client, get_openai_client


@dataclass
class ModelSlot:
    provider: str
    model: str
    client_factory: Callable[[], Any]

    @property
    def client(self) -> Any:
        return self.client_factory()


class ModelRegistry:
    def __init__(self) -> None:
        self._slots: dict[str, ModelSlot] = {}

    def register(self, role: str, provider: str, model: str, factory: Callable[[], Any]) -> None:
        self._slots[role] = ModelSlot(provider=provider, model=model, client_factory=factory)

    def get(self, role: str) -> ModelSlot:
        try:
            return self._slots[role]
        except KeyError:
            raise LookupError(f"no model registered for role {role!r}") from None

    def roles(self) -> list[str]:
        return sorted(self._slots)


def _default_registry() -> ModelRegistry:
    settings = get_settings()
    reg = ModelRegistry()
    reg.register("triage", "openai", settings.triage_model, get_openai_client)
    reg.register("cheap", "deepseek", settings.cheap_model, get_deepseek_client)
    reg.register("sentiment", "deepseek", settings.cheap_model, get_deepseek_client)
    return reg


registry = _default_registry()
