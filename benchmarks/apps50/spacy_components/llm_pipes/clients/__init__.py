"""Provider clients.

Everything that builds an SDK client lives here so that API keys, timeouts
and base URLs are configured in one place.  Components get their client via
the ``@misc`` registry functions (see ``registry_functions.py``); scripts
usually import the getters directly.
"""
from .cohere_client import get_cohere_client, get_legacy_cohere_client
from .hf_client import get_async_hf_client, get_hf_client
from .mistral_client import get_mistral_client, mistral
from .openai_client import get_async_openai_client, get_azure_client, get_openai_client
from .together_client import TogetherFactory, get_together_client

__all__ = [
    "get_cohere_client",
    "get_legacy_cohere_client",
    "get_hf_client",
    "get_async_hf_client",
    "get_mistral_client",
    "mistral",
    "get_openai_client",
    "get_async_openai_client",
    "get_azure_client",
    "TogetherFactory",
    "get_together_client",
]
