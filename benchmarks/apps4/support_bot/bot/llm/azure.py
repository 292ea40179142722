"""Azure OpenAI: EU customers' data must stay in our Azure tenant (contract requirement)."""
from functools import lru_cache

from openai import AzureOpenAI

from bot.config import get_settings


@lru_cache(maxsize=1)
def get_azure_client() -> AzureOpenAI:
    s = get_settings()
    return AzureOpenAI(
        azure_endpoint=s.azure_openai_endpoint,
        api_key=s.azure_openai_key,
        api_version=s.azure_openai_api_version,
        max_retries=3,
    )


def chat_deployment() -> str:
    return get_settings().azure_chat_deployment


def embedding_deployment() -> str:
    return get_settings().azure_embedding_deployment
