"""LLM client factories and provider registry shared by all services."""
from svc.llm.clients import (
    LLMClients,
    get_anthropic,
    get_cohere,
    get_openai,
    get_sync_openai,
    get_together,
)
from svc.llm.deepseek import deepseek_chat, make_deepseek_client
from svc.llm.registry import ProviderRegistry, backend_for
from svc.llm.tokens import count_tokens, estimate_cost

__all__ = [
    "LLMClients",
    "ProviderRegistry",
    "backend_for",
    "get_openai",
    "get_sync_openai",
    "get_anthropic",
    "get_cohere",
    "get_together",
    "make_deepseek_client",
    "deepseek_chat",
    "count_tokens",
    "estimate_cost",
]
