"""Provider clients. Import from here, not from the submodules (they move around)."""
from deskassist.clients.vendors import make_anthropic_client, make_async_anthropic_client
from deskassist.clients.bedrock_client import make_bedrock_control, make_bedrock_runtime
from deskassist.clients.vendors import get_cohere
from deskassist.clients.google_client import default_config, get_genai_client
from deskassist.clients.vendors import make_mistral_client
from deskassist.clients.openai_client import (
    make_async_openai_client,
    make_async_perplexity_client,
    make_openai_client,
    make_perplexity_client,
)
from deskassist.clients.registry import clear_clients, get_client, warm_cache

__all__ = [
    "clear_clients",
    "default_config",
    "get_client",
    "get_cohere",
    "get_genai_client",
    "make_anthropic_client",
    "make_async_anthropic_client",
    "make_async_openai_client",
    "make_async_perplexity_client",
    "make_bedrock_control",
    "make_bedrock_runtime",
    "make_mistral_client",
    "make_openai_client",
    "make_perplexity_client",
    "warm_cache",
]
