"""Service layer: everything that talks to the network lives here."""
from tutor.services.clients import (
    get_anthropic_client,
    get_async_openai_client,
    get_ollama_client,
    get_openai_client,
    make_groq_client,
    reset_clients,
)

__all__ = [
    "get_anthropic_client",
    "get_async_openai_client",
    "get_ollama_client",
    "get_openai_client",
    "make_groq_client",
    "reset_clients",
]
