"""Aggregate of provider clients, injected where a service needs more than one vendor.

ProviderRegistry is the older name-based lookup; half-migrated: the DI container is the
source of truth now, but a few callers still look clients up by provider name.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from anthropic import AsyncAnthropic
from cohere import AsyncClientV2 as CohereClient
from openai import AsyncOpenAI

from lexbrief.clients.fireworks import FireworksClient
from lexbrief.clients.voyage import VoyageClient


@dataclass(frozen=True)
class ProviderClients:
    openai: AsyncOpenAI
    anthropic: AsyncAnthropic
    cohere: CohereClient
    voyage: VoyageClient
    fireworks: FireworksClient

    async def aclose(self) -> None:
        await self.openai.close()
        await self.anthropic.close()
        await self.fireworks.close()


@dataclass
class ProviderRegistry:
    _clients: dict[str, Any] = field(default_factory=dict)

    def register(self, name: str, client: Any) -> None:
        self._clients[name] = client

    def get(self, name: str) -> Any:
        try:
            return self._clients[name]
        except KeyError as exc:
            raise LookupError(f"provider {name!r} is not configured") from exc

    def names(self) -> list[str]:
        return sorted(self._clients)

    def __contains__(self, name: str) -> bool:
        return name in self._clients
