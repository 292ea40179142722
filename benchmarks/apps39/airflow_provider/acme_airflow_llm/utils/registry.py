"""Provider -> hook registry used by the generic operators."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from acme_airflow_llm.hooks import AnthropicHook, AzureOpenAIHook, CohereHook, GroqHook, OpenAIHook

HOOKS: dict[str, type] = {
    "openai": OpenAIHook,
    "azure_openai": AzureOpenAIHook,
    "anthropic": AnthropicHook,
    "cohere": CohereHook,
    "groq": GroqHook,
}


def get_hook(provider: str, conn_id: str | None = None) -> Any:
    try:
        hook_cls = HOOKS[provider]
    except KeyError:
        raise ValueError(f"Unknown LLM provider {provider!r}; expected one of {sorted(HOOKS)}") from None
    return hook_cls(conn_id=conn_id) if conn_id else hook_cls()


@lru_cache(maxsize=None)
def get_client(provider: str, conn_id: str | None = None) -> Any:
    """Cached SDK client for ``provider``. Used from @task functions, which
    run in short-lived worker processes, so caching per process is fine."""
    return get_hook(provider, conn_id).get_conn()
