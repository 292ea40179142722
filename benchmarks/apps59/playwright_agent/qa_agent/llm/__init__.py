"""LLM client factories and the model registry."""
from qa_agent.llm.clients import (
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_fireworks_client,
    get_async_openai_client,
    get_fireworks_client,
    get_genai_client,
    get_ollama_client,
    get_openai_client,
)
from qa_agent.llm.registry import ModelRegistry, ModelSpec, registry

__all__ = [
    "ModelRegistry",
    "ModelSpec",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_async_fireworks_client",
    "get_async_openai_client",
    "get_fireworks_client",
    "get_genai_client",
    "get_ollama_client",
    "get_openai_client",
    "registry",
]
