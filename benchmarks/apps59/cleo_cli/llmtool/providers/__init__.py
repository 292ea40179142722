"""Client factories for every LLM vendor docsbot talks to.

Commands should not construct SDK clients themselves; use the factories here
(or ``application.registry``) so keys, timeouts and retries stay consistent.
"""
from llmtool.providers.anthropic_provider import get_anthropic_client, make_anthropic_client
from llmtool.providers.cohere_provider import get_cohere_client
from llmtool.providers.litellm_provider import chat_completion, llm_embed
from llmtool.providers.openai_provider import get_async_openai_client, get_openai_client
from llmtool.providers.registry import ProviderRegistry, default_registry
from llmtool.providers.together_provider import get_together_client

__all__ = [
    "ProviderRegistry",
    "chat_completion",
    "default_registry",
    "get_anthropic_client",
    "get_async_openai_client",
    "get_cohere_client",
    "get_openai_client",
    "get_together_client",
    "llm_embed",
    "make_anthropic_client",
]
