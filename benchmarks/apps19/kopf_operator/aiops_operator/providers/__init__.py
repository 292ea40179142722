"""Provider registry.

``ProviderRegistry.from_memo`` is called by the startup handler once all
clients are in memo; handlers then do ``memo.registry.get(spec["provider"])``.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from aiops_operator.providers.base import (
    Completion,
    CompletionRequest,
    Message,
    ProviderAdapter,
    ProviderError,
)
from aiops_operator.providers.bedrock import BedrockAdapter
from aiops_operator.providers.google import VertexGeminiAdapter
from aiops_operator.providers.litellm_router import LiteLLMAdapter
from aiops_operator.providers.mistral import MistralAdapter
from aiops_operator.providers.watsonx import WatsonxAdapter

if TYPE_CHECKING:
    import kopf

logger = logging.getLogger(__name__)

__all__ = [
    "Completion",
    "CompletionRequest",
    "Message",
    "ProviderAdapter",
    "ProviderError",
    "ProviderRegistry",
    "BedrockAdapter",
    "VertexGeminiAdapter",
    "LiteLLMAdapter",
    "MistralAdapter",
    "WatsonxAdapter",
]


class UnknownProvider(KeyError):
    pass


class ProviderRegistry:
    def __init__(self) -> None:
        self._adapters: dict[str, ProviderAdapter] = {}

    def register(self, adapter: ProviderAdapter, name: str | None = None) -> None:
        self._adapters[name or adapter.name] = adapter

    def get(self, name: str) -> ProviderAdapter:
        try:
            return self._adapters[name]
        except KeyError:
            raise UnknownProvider(name) from None

    def names(self) -> list[str]:
        return sorted(self._adapters)

    def __contains__(self, name: str) -> bool:
        return name in self._adapters

    @classmethod
    def from_memo(cls, memo: "kopf.Memo") -> "ProviderRegistry":
        cfg = memo["config"]
        reg = cls()
        if memo.get("bedrock") is not None:
            reg.register(BedrockAdapter(memo["bedrock"], cfg.guardrail_id, cfg.guardrail_version))
        if memo.get("genai") is not None:
            reg.register(VertexGeminiAdapter(memo["genai"]))
        if memo.get("mistral") is not None:
            reg.register(MistralAdapter(memo["mistral"]))
        if memo.get("watsonx") is not None:
            reg.register(WatsonxAdapter(memo["watsonx"], cfg.watsonx_project_id))
        if memo.get("router") is not None:
            reg.register(LiteLLMAdapter(memo["router"]))
        logger.info("provider registry: %s", ", ".join(reg.names()) or "<empty>")
        return reg
