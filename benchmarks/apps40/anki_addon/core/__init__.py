"""Provider-independent building blocks of the add-on."""
from .clients import (
    CLIENTS,
    MissingKeyError,
    get_anthropic_client,
    get_async_openai_client,
    get_cohere_client,
    get_deepseek_client,
    get_gemini_client,
    get_openai_client,
    reset_clients,
)
from .config import ModelSettings, get_config

__all__ = [
    "CLIENTS",
    "MissingKeyError",
    "ModelSettings",
    "get_anthropic_client",
    "get_async_openai_client",
    "get_cohere_client",
    "get_deepseek_client",
    "get_gemini_client",
    "get_openai_client",
    "get_config",
    "reset_clients",
]
