"""Model adapters. Importing this package registers every adapter whose SDK is installed."""
from __future__ import annotations

import importlib
import logging

from evalharness.adapters.base import ModelAdapter
from evalharness.adapters.registry import ADAPTERS, available_adapters, build_adapter, register_adapter

logger = logging.getLogger(__name__)

_ADAPTER_MODULES = (
    "openai_adapter",
    "anthropic_adapter",
    "gemini_adapter",
    "mistral_adapter",
    "cohere_adapter",
    "xai_adapter",
    "openai_compat",
    "perplexity_adapter",
    "litellm_adapter",
)

for _mod in _ADAPTER_MODULES:
    try:
        importlib.import_module(f"{__name__}.{_mod}")
    except ImportError as exc:  # optional SDK not installed
        logger.debug("adapter module %s not loaded: %s", _mod, exc)

__all__ = ["ADAPTERS", "ModelAdapter", "available_adapters", "build_adapter", "register_adapter"]
