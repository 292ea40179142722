"""Builds the per-connection service class with shared state injected."""
from __future__ import annotations

from rpyc.utils.helpers import classpartial

from gateway.auth import TokenStore
from gateway.backends.registry import BackendRegistry
from gateway.cache import ResponseCache
from gateway.service import LLMService
from gateway.tracking.multi_model_service import multi_model_service


def build_registry(config) -> BackendRegistry:
    registry = BackendRegistry.from_config(config)
    multi_model_service.bind(registry)
    return registry


def make_service(config, registry: BackendRegistry | None = None):
    registry = registry or build_registry(config)
    cache = ResponseCache.create({"max_entries": 20_000})
    tokens = TokenStore(config.server.auth_tokens_env)
    return classpartial(LLMService, registry, cache=cache, tokens=tokens, config=config)
