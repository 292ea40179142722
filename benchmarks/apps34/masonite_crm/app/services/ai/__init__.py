from .clients import (
    get_anthropic,
    get_async_anthropic,
    get_async_openai,
    get_deepseek,
    get_mistral,
    get_openai,
    reset_clients,
)
from .prompts import PromptLibrary

__all__ = [
    "get_anthropic",
    "get_async_anthropic",
    "get_async_openai",
    "get_deepseek",
    "get_mistral",
    "get_openai",
    "reset_clients",
    "PromptLibrary",
]
