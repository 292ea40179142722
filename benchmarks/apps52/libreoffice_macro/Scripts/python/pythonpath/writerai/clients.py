"""Lazily constructed SDK clients, cached per process.

LibreOffice keeps the Python interpreter alive for the whole office session, so caching here
saves the TLS handshake on every menu click. Call ``reset_clients()`` after settings change.
"""
import functools

from anthropic import Anthropic
from groq import Groq
from ibm_watsonx_ai import APIClient, Credentials
from ibm_watsonx_ai.foundation_models import ModelInference
from openai import AzureOpenAI, OpenAI

from writerai.config import load_settings


@functools.lru_cache(maxsize=1)
def _settings():
    return load_settings()


@functools.lru_cache(maxsize=None)
def get_openai_client():
    s = _settings()
    if s.azure_endpoint:
        return AzureOpenAI(
            api_key=s.openai_api_key,
            azure_endpoint=s.azure_endpoint,
            api_version="2024-06-01",
        )
    return OpenAI(api_key=s.openai_api_key or None, timeout=60.0, max_retries=2)


@functools.lru_cache(maxsize=None)
def get_anthropic_client():
    return Anthropic(api_key=_settings().anthropic_api_key or None, timeout=60.0)


@functools.lru_cache(maxsize=None)
def get_groq_client():
    return Groq(api_key=_settings().groq_api_key or None)


@functools.lru_cache(maxsize=None)
def _watsonx_api_client():
    s = _settings()
    creds = Credentials(url=s.watsonx_url, api_key=s.watsonx_api_key)
    return APIClient(credentials=creds, project_id=s.watsonx_project_id)


@functools.lru_cache(maxsize=8)
def get_watsonx_model(model_id="ibm/granite-3-8b-instruct"):
    return ModelInference(
        model_id=model_id,
        api_client=_watsonx_api_client(),
        params={"max_new_tokens": 800, "temperature": 0.2},
    )


def reset_clients():
    for fn in (get_openai_client, get_anthropic_client, get_groq_client,
               _watsonx_api_client, get_watsonx_model, _settings):
        fn.cache_clear()
