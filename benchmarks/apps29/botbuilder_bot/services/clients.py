"""Cached provider client getters.

Every provider client is built once per process. Import the getter, not the
client, so tests can call ``cache_clear()`` and patch env vars.
"""

from functools import lru_cache

import cohere
import ollama
from anthropic import AsyncAnthropic
from google import genai
from mistralai import Mistral
from openai import AsyncAzureOpenAI, AzureOpenAI

from config import LLMSettings


@lru_cache(maxsize=1)
def get_settings() -> LLMSettings:
    return LLMSettings()


@lru_cache(maxsize=1)
def get_azure_openai() -> AsyncAzureOpenAI:
    s = get_settings()
    return AsyncAzureOpenAI(
        azure_endpoint=s.azure_endpoint,
        api_key=s.azure_api_key,
        api_version=s.azure_api_version,
        max_retries=3,
    )


@lru_cache(maxsize=1)
def get_sync_azure_openai() -> AzureOpenAI:
    # used by scripts/ and the legacy module, which are not async
    s = get_settings()
    return AzureOpenAI(
        azure_endpoint=s.azure_endpoint,
        api_key=s.azure_api_key,
        api_version=s.azure_api_version,
    )


@lru_cache(maxsize=1)
def get_anthropic() -> AsyncAnthropic:
    return AsyncAnthropic(api_key=get_settings().anthropic_api_key, max_retries=2)


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    return genai.Client(api_key=get_settings().gemini_api_key)


@lru_cache(maxsize=1)
def get_cohere() -> cohere.AsyncClientV2:
    return cohere.AsyncClientV2(api_key=get_settings().cohere_api_key)


@lru_cache(maxsize=1)
def get_mistral() -> Mistral:
    return Mistral(api_key=get_settings().mistral_api_key)


@lru_cache(maxsize=1)
def get_ollama() -> ollama.AsyncClient:
    return ollama.AsyncClient(host=get_settings().ollama_host)


def reset_clients() -> None:
    """Drop cached clients (used after a key rotation and by the tests)."""
    for getter in (
        get_settings,
        get_azure_openai,
        get_sync_azure_openai,
        get_anthropic,
        get_genai_client,
        get_cohere,
        get_mistral,
        get_ollama,
    ):
        getter.cache_clear()
