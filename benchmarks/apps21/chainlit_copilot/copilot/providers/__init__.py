from copilot.providers.backends import ChatBackend
from copilot.providers.clients import (
    get_anthropic,
    get_bedrock,
    get_cerebras,
    get_cerebras_sync,
    get_groq,
    get_groq_sync,
    get_openai,
    get_openai_sync,
    get_openrouter,
)
from copilot.providers.registry import PROFILES, create_backend, enabled_profiles

__all__ = [
    "ChatBackend",
    "PROFILES",
    "create_backend",
    "enabled_profiles",
    "get_anthropic",
    "get_bedrock",
    "get_cerebras",
    "get_cerebras_sync",
    "get_groq",
    "get_groq_sync",
    "get_openai",
    "get_openai_sync",
    "get_openrouter",
]
