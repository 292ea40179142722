"""Process-wide vendor clients.

Every replica / actor / batch worker gets its clients from here so that timeouts,
retries and keys are configured in one place. Clients are cached per process; Ray
workers are separate processes, so each gets its own instance.
"""
import logging
from functools import lru_cache

import cohere
import replicate
from fireworks import AsyncFireworks, Fireworks
from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import Embeddings, ModelInference, Rerank
from mistralai import Mistral
from openai import OpenAI
from together import AsyncTogether, Together

from platform_config import endpoints, get_settings

logger = logging.getLogger(__name__)


@lru_cache(maxsize=None)
def get_together() -> Together:
    s = get_settings()
    return Together(api_key=s.keys.together, timeout=s.request_timeout_s, max_retries=s.max_retries)


@lru_cache(maxsize=None)
def get_async_together() -> AsyncTogether:
    s = get_settings()
    return AsyncTogether(
        api_key=s.keys.together, timeout=s.request_timeout_s, max_retries=s.max_retries
    )


@lru_cache(maxsize=None)
def get_fireworks() -> Fireworks:
    s = get_settings()
    return Fireworks(
        api_key=s.keys.fireworks,
        account_id=s.keys.fireworks_account,
        timeout=s.request_timeout_s,
        max_retries=s.max_retries,
    )


@lru_cache(maxsize=None)
def get_async_fireworks() -> AsyncFireworks:
    s = get_settings()
    return AsyncFireworks(
        api_key=s.keys.fireworks,
        account_id=s.keys.fireworks_account,
        timeout=s.request_timeout_s,
    )


@lru_cache(maxsize=None)
def get_mistral() -> Mistral:
    s = get_settings()
    return Mistral(api_key=s.keys.mistral, timeout_ms=int(s.request_timeout_s * 1000))


@lru_cache(maxsize=None)
def get_cohere() -> cohere.ClientV2:
    s = get_settings()
    return cohere.ClientV2(api_key=s.keys.cohere, timeout=s.request_timeout_s)


@lru_cache(maxsize=None)
def get_async_cohere() -> cohere.AsyncClientV2:
    s = get_settings()
    return cohere.AsyncClientV2(api_key=s.keys.cohere, timeout=s.request_timeout_s)


@lru_cache(maxsize=None)
def get_replicate() -> replicate.Client:
    s = get_settings()
    return replicate.Client(api_token=s.keys.replicate)


@lru_cache(maxsize=None)
def get_openai_compat(vendor: str) -> OpenAI:
    """OpenAI-SDK client pointed at a vendor's compatible endpoint.

    Kept for the eval harness, which was written against the OpenAI SDK before we
    had per-vendor SDKs. Prefer the native clients above for new code.
    """
    s = get_settings()
    if vendor == "fireworks":
        return OpenAI(base_url=endpoints.FIREWORKS_BASE_URL, api_key=s.keys.fireworks)
    if vendor == "together":
        return OpenAI(base_url=endpoints.TOGETHER_BASE_URL, api_key=s.keys.together)
    raise ValueError(f"no OpenAI-compatible endpoint configured for {vendor!r}")


def _watsonx_credentials() -> Credentials:
    s = get_settings()
    return Credentials(url=endpoints.WATSONX_URL, api_key=s.keys.watsonx)


@lru_cache(maxsize=8)
def watsonx_model(model_id: str) -> ModelInference:
    s = get_settings()
    logger.info("creating watsonx ModelInference for %s", model_id)
    return ModelInference(
        model_id=model_id,
        credentials=_watsonx_credentials(),
        project_id=s.keys.watsonx_project,
        max_retries=s.max_retries,
    )


@lru_cache(maxsize=4)
def watsonx_embeddings(model_id: str) -> Embeddings:
    s = get_settings()
    return Embeddings(
        model_id=model_id,
        credentials=_watsonx_credentials(),
        project_id=s.keys.watsonx_project,
        batch_size=500,
    )


@lru_cache(maxsize=2)
def watsonx_reranker(model_id: str) -> Rerank:
    s = get_settings()
    return Rerank(
        model_id=model_id,
        credentials=_watsonx_credentials(),
        project_id=s.keys.watsonx_project,
    )
