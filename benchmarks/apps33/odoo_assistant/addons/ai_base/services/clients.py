# -*- coding: utf-8 -*-
"""Client factories for the LLM providers we support.

Clients are cached per (key, endpoint) so that worker processes do not
re-create HTTP connection pools for every request. Call
``reset_client_cache()`` after changing keys in the settings.
"""
import functools
import logging

from anthropic import Anthropic, AsyncAnthropic
from google import genai
from mistralai import Mistral
from openai import AzureOpenAI, OpenAI

_logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 60.0
DEFAULT_AZURE_API_VERSION = "2024-10-21"

PARAM_PREFIX = "ai_base."


@functools.lru_cache(maxsize=16)
def get_openai_client(api_key, organization=None, base_url=None):
    _logger.debug("Creating OpenAI client (org=%s)", organization)
    return OpenAI(
        api_key=api_key,
        organization=organization or None,
        base_url=base_url or None,
        timeout=DEFAULT_TIMEOUT,
        max_retries=2,
    )


@functools.lru_cache(maxsize=16)
def get_azure_client(endpoint, api_key, api_version=DEFAULT_AZURE_API_VERSION):
    return AzureOpenAI(
        azure_endpoint=endpoint,
        api_key=api_key,
        api_version=api_version,
        timeout=DEFAULT_TIMEOUT,
    )


@functools.lru_cache(maxsize=16)
def get_anthropic_client(api_key):
    return Anthropic(api_key=api_key, timeout=DEFAULT_TIMEOUT, max_retries=3)


@functools.lru_cache(maxsize=16)
def get_async_anthropic_client(api_key):
    return AsyncAnthropic(api_key=api_key, timeout=DEFAULT_TIMEOUT)


@functools.lru_cache(maxsize=16)
def get_mistral_client(api_key):
    return Mistral(api_key=api_key)


@functools.lru_cache(maxsize=16)
def get_genai_client(api_key=None, project=None, location="europe-west1"):
    if project:
        # Vertex AI mode, credentials come from GOOGLE_APPLICATION_CREDENTIALS
        return genai.Client(vertexai=True, project=project, location=location)
    return genai.Client(api_key=api_key)


def reset_client_cache():
    for factory in (
        get_openai_client,
        get_azure_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_mistral_client,
        get_genai_client,
    ):
        factory.cache_clear()
    _logger.info("AI client cache cleared")


def _param(env, key, default=None):
    return env["ir.config_parameter"].sudo().get_param(PARAM_PREFIX + key, default)


def clients_from_env(env):
    """Return a dict of ready-to-use clients for every configured provider.

    Missing keys are simply skipped, callers must check membership.
    """
    clients = {}
    openai_key = _param(env, "openai_api_key")
    if openai_key:
        clients["openai"] = get_openai_client(openai_key, _param(env, "openai_organization"))
    azure_endpoint = _param(env, "azure_endpoint")
    azure_key = _param(env, "azure_api_key")
    if azure_endpoint and azure_key:
        clients["azure"] = get_azure_client(
            azure_endpoint, azure_key, _param(env, "azure_api_version", DEFAULT_AZURE_API_VERSION)
        )
    anthropic_key = _param(env, "anthropic_api_key")
    if anthropic_key:
        clients["anthropic"] = get_anthropic_client(anthropic_key)
    mistral_key = _param(env, "mistral_api_key")
    if mistral_key:
        clients["mistral"] = get_mistral_client(mistral_key)
    google_key = _param(env, "google_api_key")
    google_project = _param(env, "google_project")
    if google_key or google_project:
        clients["google"] = get_genai_client(google_key, google_project)
    return clients


def list_openai_models(client):
    """Used by the settings screen to fill the model dropdown."""
    return sorted(m.id for m in client.models.list() if m.id.startswith(("gpt-", "o")))


def embed_texts(client: OpenAI, texts, model="text-embedding-3-small", dimensions=None):
    """Embed a batch of texts with the OpenAI embeddings endpoint.

    TODO(jdu): move to multi_model_service once it supports embeddings.
    """
    kwargs = {"model": model, "input": list(texts)}
    if dimensions:
        kwargs["dimensions"] = dimensions
    response = client.embeddings.create(**kwargs)
    return [item.embedding for item in response.data]
