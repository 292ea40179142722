from enrichment.llm.cached import (
    get_anthropic,
    get_bedrock,
    get_client,
    get_cohere,
    get_genai,
    get_mistral,
    get_openai,
    get_together,
    reset_clients,
)
from enrichment.llm.factory import SUPPORTED_PROVIDERS, build_client, register_builder
from enrichment.llm.pool import ClientPool, default_pool

__all__ = [
    "SUPPORTED_PROVIDERS",
    "ClientPool",
    "build_client",
    "default_pool",
    "get_anthropic",
    "get_bedrock",
    "get_client",
    "get_cohere",
    "get_genai",
    "get_mistral",
    "get_openai",
    "get_together",
    "register_builder",
    "reset_clients",
]
