"""Model adapter registry.

Adapters are imported lazily so that a run that only touches OpenAI doesn't need
every vendor SDK importable (CI images only install what the config uses).
"""
from __future__ import annotations

import importlib
from typing import Any, Dict

from evalkit.errors import UnknownProviderError
from evalkit.models.base import ModelAdapter, ModelSpec

_ADAPTERS: Dict[str, str] = {
    "openai": "evalkit.models.openai_adapter:OpenAIAdapter",
    "anthropic": "evalkit.models.anthropic_adapter:AnthropicAdapter",
    "together": "evalkit.models.together_adapter:TogetherAdapter",
    "fireworks": "evalkit.models.fireworks_adapter:FireworksAdapter",
    "xai": "evalkit.models.xai_adapter:XaiAdapter",
    "mistral": "evalkit.models.mistral_adapter:MistralAdapter",
    "litellm": "evalkit.models.litellm_adapter:LiteLLMAdapter",
}

# aliases people keep typing in configs
_ALIASES = {"claude": "anthropic", "grok": "xai", "fw": "fireworks"}


def available_providers():
    return sorted(_ADAPTERS)


def get_adapter(spec: str, **params: Any) -> ModelAdapter:
    parsed = ModelSpec.parse(spec)
    provider = _ALIASES.get(parsed.provider, parsed.provider)
    target = _ADAPTERS.get(provider)
    if target is None:
        raise UnknownProviderError(parsed.provider)
    module_name, _, class_name = target.partition(":")
    adapter_cls = getattr(importlib.import_module(module_name), class_name)
    return adapter_cls(parsed.model, **params)


__all__ = ["ModelAdapter", "ModelSpec", "available_providers", "get_adapter"]
