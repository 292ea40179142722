"""Routing: public model alias -> (provider adapter, upstream model).

The routing table is a modal.Dict so the on-call can repoint an alias (e.g.
during a provider outage) without a redeploy. A small static table is kept
here as the fallback when the Dict is empty, e.g. in a fresh environment.
"""
from __future__ import annotations

import time
from typing import Dict, Optional, Tuple

from gateway.errors import UnknownModelError
from gateway.providers.anthropic_provider import AnthropicProvider
from gateway.providers.base import ChatProvider, ProviderSpec
from gateway.providers.cerebras import CerebrasProvider
from gateway.providers.fireworks import FireworksProvider
from gateway.providers.fireworks_legacy import FireworksLegacyProvider
from gateway.providers.openai_provider import OpenAIProvider
from gateway.providers.sambanova import SambaNovaProvider
from gateway.providers.together_ai import TogetherProvider
from gateway.providers.vllm import VLLMProvider

STATIC_ROUTES: Dict[str, dict] = {
    "llama-3.3-70b": {"provider": "together", "model": "meta-llama/Llama-3.3-70B-Instruct-Turbo", "context_window": 131072},
    "llama-3.3-70b-fast": {"provider": "cerebras", "model": "llama-3.3-70b", "context_window": 65536},
    "llama-3.1-8b-fast": {"provider": "cerebras", "model": "llama3.1-8b", "context_window": 8192},
    "llama-4-maverick": {"provider": "sambanova", "model": "Llama-4-Maverick-17B-128E-Instruct", "context_window": 131072},
    "deepseek-v3": {"provider": "fireworks", "model": "deepseek-v3", "context_window": 131072},
    "firefunction-v2": {"provider": "fireworks-legacy", "model": "firefunction-v2", "supports_tools": True},
    "qwen-coder-internal": {"provider": "vllm:qwen-coder", "model": "Qwen/Qwen2.5-Coder-32B-Instruct", "context_window": 32768},
    "gpt-4o": {"provider": "openai", "model": "gpt-4o-2024-11-20", "context_window": 128000, "supports_tools": True},
    "o4-mini": {"provider": "openai", "model": "o4-mini", "context_window": 200000},
    "claude-sonnet": {"provider": "anthropic", "model": "claude-3-7-sonnet-20250219", "context_window": 200000, "supports_tools": True},
}

_ROUTES_TTL_S = 30.0


class ProviderRegistry:
    def __init__(self, routing_dict=None):
        self._routing_dict = routing_dict
        self._providers: Dict[str, ChatProvider] = {}
        self._routes: Dict[str, dict] = dict(STATIC_ROUTES)
        self._routes_loaded_at = 0.0

    # providers -----------------------------------------------------------------

    def provider(self, name: str) -> ChatProvider:
        if name not in self._providers:
            self._providers[name] = self._make(name)
        return self._providers[name]

    @staticmethod
    def _make(name: str) -> ChatProvider:
        if name.startswith("vllm:"):
            return VLLMProvider(name.split(":", 1)[1])
        factories = {
            "together": TogetherProvider,
            "fireworks": FireworksProvider,
            "fireworks-legacy": FireworksLegacyProvider,
            "cerebras": CerebrasProvider,
            "sambanova": SambaNovaProvider,
            "openai": OpenAIProvider,
            "anthropic": AnthropicProvider,
        }
        try:
            return factories[name]()
        except KeyError:
            raise UnknownModelError(f"provider {name!r} is not configured") from None

    # routes --------------------------------------------------------------------

    def _refresh_routes(self) -> None:
        if self._routing_dict is None or time.monotonic() - self._routes_loaded_at < _ROUTES_TTL_S:
            return
        try:
            live = dict(self._routing_dict.items())
        except Exception:  # Dict unavailable: keep serving the last known table
            return
        if live:
            self._routes = {**STATIC_ROUTES, **live}
        self._routes_loaded_at = time.monotonic()

    def resolve(self, alias: str) -> Tuple[ChatProvider, ProviderSpec]:
        self._refresh_routes()
        route: Optional[dict] = self._routes.get(alias)
        if route is None:
            raise UnknownModelError(f"model {alias!r} does not exist")
        spec = ProviderSpec(
            provider=route["provider"],
            model=route["model"],
            context_window=route.get("context_window", 8192),
            supports_tools=route.get("supports_tools", False),
            extra=route.get("extra", {}),
        )
        return self.provider(spec.provider), spec

    def aliases(self) -> Dict[str, dict]:
        self._refresh_routes()
        return dict(self._routes)


_registry: Optional[ProviderRegistry] = None


def get_registry() -> ProviderRegistry:
    global _registry
    if _registry is None:
        from gateway.app import routing_table

        _registry = ProviderRegistry(routing_table)
    return _registry
