"""LLM helpers: client factories, provider abstraction and prompts."""
from bot.llm.clients import (
    get_async_openai,
    get_genai_client,
    get_sync_openai,
    make_async_anthropic,
    make_async_cohere,
    make_async_groq,
)
from bot.llm.providers import (
    AnthropicProvider,
    ChatProvider,
    CohereProvider,
    GeminiProvider,
    GroqProvider,
    OpenAIProvider,
)

__all__ = [
    "get_async_openai",
    "get_sync_openai",
    "get_genai_client",
    "make_async_anthropic",
    "make_async_cohere",
    "make_async_groq",
    "ChatProvider",
    "OpenAIProvider",
    "AnthropicProvider",
    "GeminiProvider",
    "GroqProvider",
    "CohereProvider",
]
