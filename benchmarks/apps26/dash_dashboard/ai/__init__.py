"""AI helpers for the dashboard: client getters, provider bundle, strategies."""
from ai.bundle import ProviderBundle, attach_providers, get_bundle
from ai.clients import (
    get_anthropic_client,
    get_async_openai_client,
    get_bedrock_runtime,
    get_genai_client,
    get_groq_client,
    get_mistral_client,
    get_openai_client,
    get_together_client,
    reset_clients,
)
from ai.strategies import STRATEGIES, InsightResult, available_strategies, run_strategy

__all__ = [
    "ProviderBundle",
    "attach_providers",
    "get_bundle",
    "get_anthropic_client",
    "get_async_openai_client",
    "get_bedrock_runtime",
    "get_genai_client",
    "get_groq_client",
    "get_mistral_client",
    "get_openai_client",
    "get_together_client",
    "reset_clients",
    "STRATEGIES",
    "InsightResult",
    "available_strategies",
    "run_strategy",
]
