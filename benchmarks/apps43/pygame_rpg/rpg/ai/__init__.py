"""AI package: client factories, NPC brains, dialogue and quest generation."""
from rpg.ai.clients import (
    get_anthropic,
    get_async_openai,
    get_groq,
    get_openai,
    get_replicate,
    make_ollama,
    reset_clients,
)
from rpg.ai.registry import BACKENDS, Backend, get_backend

__all__ = [
    "BACKENDS",
    "Backend",
    "get_anthropic",
    "get_async_openai",
    "get_backend",
    "get_groq",
    "get_openai",
    "get_replicate",
    "make_ollama",
    "reset_clients",
]
