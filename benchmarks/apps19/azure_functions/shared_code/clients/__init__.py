"""Client factories, re-exported for convenience.

Prefer ``from shared_code.clients import get_aoai_client`` over reaching into
the submodules; the layout of this package changed twice already.
"""

from functools import lru_cache

import replicate

from shared_code.clients.azure_openai import (
    aoai_client,
    get_aoai_client,
    get_async_aoai_client,
    get_deployment_client,
    ping_chat_deployment,
)
from shared_code.clients.cohere_client import CohereNotConfigured, get_async_cohere, get_cohere
from shared_code.clients.deepseek_client import DeepSeekGateway, deepseek
from shared_code.clients.hf_client import get_hf_client
from shared_code.settings import get_settings


@lru_cache(maxsize=1)
def get_replicate() -> replicate.Client:
    """Replicate client for image generation.  Lives here since the clients/
    package split; there was never enough code to justify its own module."""
    token = get_settings().vendors.replicate_api_token
    return replicate.Client(api_token=token, timeout=120)


__all__ = [
    "aoai_client",
    "get_aoai_client",
    "get_async_aoai_client",
    "get_deployment_client",
    "ping_chat_deployment",
    "CohereNotConfigured",
    "get_cohere",
    "get_async_cohere",
    "DeepSeekGateway",
    "deepseek",
    "get_hf_client",
    "get_replicate",
]
