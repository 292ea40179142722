"""Name -> model factory registry.

Predates the Hydra configs; still used by the notebooks and by ``scripts/smoke_test.py``.
New code should instantiate from ``conf/model`` instead.
"""
from __future__ import annotations

from typing import Callable

from .models import (
    AnthropicModel,
    BaseModel,
    FireworksModel,
    HFInferenceModel,
    OllamaModel,
    OpenAIChatModel,
    TogetherModel,
)
from .models.clients import get_openai_client, get_together_openai_client

MODEL_REGISTRY: dict[str, Callable[[], BaseModel]] = {
    "gpt-4o": lambda: OpenAIChatModel("gpt-4o-2024-08-06"),
    "gpt-4o-mini": lambda: OpenAIChatModel("gpt-4o-mini"),
    "claude-sonnet": lambda: AnthropicModel("claude-3-5-sonnet-20241022"),
    "claude-haiku": lambda: AnthropicModel("claude-3-5-haiku-20241022"),
    "llama-70b": lambda: TogetherModel("meta-llama/Llama-3.3-70B-Instruct-Turbo"),
    "mixtral": lambda: FireworksModel("accounts/fireworks/models/mixtral-8x22b-instruct"),
    "llama-8b-local": lambda: OllamaModel("llama3.1:8b"),
    "zephyr": lambda: HFInferenceModel("HuggingFaceH4/zephyr-7b-beta"),
}

# raw clients for one-off scripts that don't want a wrapper
RAW_CLIENTS = {
    "openai": get_openai_client,
    "together": get_together_openai_client,
}


def get_model(name: str) -> BaseModel:
    try:
        return MODEL_REGISTRY[name]()
    except KeyError:
        raise KeyError(f"unknown model {name!r}; known: {sorted(MODEL_REGISTRY)}") from None


def register(name: str):
    def deco(factory: Callable[[], BaseModel]):
        MODEL_REGISTRY[name] = factory
        return factory
    return deco
