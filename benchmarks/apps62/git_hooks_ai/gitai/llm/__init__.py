from gitai.llm.clients import (
    get_anthropic_client,
    get_async_groq_client,
    get_async_openai_client,
    get_fireworks_client,
    get_groq_client,
    get_ollama_client,
    get_openai_client,
)
from gitai.llm.providers import BACKENDS, ChatBackend, Completion, get_backend

__all__ = [
    "BACKENDS",
    "ChatBackend",
    "Completion",
    "get_anthropic_client",
    "get_async_groq_client",
    "get_async_openai_client",
    "get_backend",
    "get_fireworks_client",
    "get_groq_client",
    "get_ollama_client",
    "get_openai_client",
]
