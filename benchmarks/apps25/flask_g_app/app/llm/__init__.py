"""LLM plumbing: client accessors and the Azure/OpenRouter factory."""
from app.llm.context import (
    get_anthropic,
    get_client_factory,
    get_gemini,
    get_groq,
    get_mistral,
    get_openai,
    get_openrouter,
)
from app.llm.factory import ClientFactory

__all__ = [
    "ClientFactory",
    "get_anthropic",
    "get_client_factory",
    "get_gemini",
    "get_groq",
    "get_mistral",
    "get_openai",
    "get_openrouter",
]
