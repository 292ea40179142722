"""AI helpers for Hollowmere: client factories, provider switch, TTS."""
from ai.clients import (
    build_client_registry,
    get_anthropic_client,
    get_async_openai_client,
    get_genai_client,
    get_groq_client,
    get_ollama_client,
    get_openai_client,
)
from ai.config import AIConfig, load_ai_config

# short aliases used by older modules
openai_client = get_openai_client
claude = get_anthropic_client

__all__ = [
    "AIConfig",
    "build_client_registry",
    "claude",
    "get_anthropic_client",
    "get_async_openai_client",
    "get_genai_client",
    "get_groq_client",
    "get_ollama_client",
    "get_openai_client",
    "load_ai_config",
    "openai_client",
]
