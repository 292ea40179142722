"""LLM helpers shared by the functions in api/."""
from lib.llm.clients import (
    get_anthropic,
    get_async_anthropic,
    get_async_openai,
    get_async_openrouter,
    get_mistral,
    get_openai,
    get_openrouter,
    get_together,
)
from lib.llm.streaming import stream_anthropic, stream_chat, stream_mistral

__all__ = [
    "get_anthropic",
    "get_async_anthropic",
    "get_async_openai",
    "get_async_openrouter",
    "get_mistral",
    "get_openai",
    "get_openrouter",
    "get_together",
    "stream_anthropic",
    "stream_chat",
    "stream_mistral",
]
