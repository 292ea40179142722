from docintel.providers.anthropic_factory import make_anthropic_client
from docintel.providers.cohere_factory import make_cohere_client
from docintel.providers.openai_factory import (
    get_sync_openai,
    make_azure_openai_client,
    make_openai_client,
)
from docintel.providers.registry import ProviderBundle
from docintel.providers.together_factory import make_together_client
from docintel.providers.voyage_factory import make_voyage_client

__all__ = [
    "ProviderBundle",
    "get_sync_openai",
    "make_anthropic_client",
    "make_azure_openai_client",
    "make_cohere_client",
    "make_openai_client",
    "make_together_client",
    "make_voyage_client",
]
