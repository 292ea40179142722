"""Shared SDK clients.

Everything that needs an API key goes through here so that keys are read once and
connection pools are reused across adapters, the dedupe pass and the CLI commands.

NOTE: the Fireworks adapter still builds its own client (see plugins/fireworks_ai.py);
moving it here is tracked in MLP-1187.
"""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any, Dict, Optional

import httpx
import replicate
from huggingface_hub import InferenceClient
from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import Embeddings, ModelInference
from together import AsyncTogether, Together

from labelkit.config import get_settings
from labelkit.errors import LabelkitError

log = logging.getLogger(__name__)

WATSONX_EMBED_MODEL = "ibm/slate-125m-english-rtrvr-v2"


def _require(value: Optional[str], env_name: str) -> str:
    if not value:
        raise LabelkitError(f"{env_name} is not set")
    return value


@lru_cache(maxsize=1)
def get_together() -> Together:
    settings = get_settings()
    # retries are handled by labelkit.retry so that they respect the job's rate limiter
    return Together(api_key=_require(settings.together_api_key, "TOGETHER_API_KEY"), max_retries=0, timeout=90.0)


@lru_cache(maxsize=1)
def get_async_together() -> AsyncTogether:
    settings = get_settings()
    return AsyncTogether(api_key=_require(settings.together_api_key, "TOGETHER_API_KEY"), max_retries=1)


def get_hf_client(model: Optional[str] = None, provider: Optional[str] = None) -> InferenceClient:
    settings = get_settings()
    return InferenceClient(
        model=model,
        provider=provider or settings.hf_provider,
        token=settings.hf_token,
        timeout=60,
    )


@lru_cache(maxsize=1)
def get_replicate() -> replicate.Client:
    settings = get_settings()
    return replicate.Client(api_token=_require(settings.replicate_api_token, "REPLICATE_API_TOKEN"), timeout=300)


@lru_cache(maxsize=1)
def watsonx_credentials() -> Credentials:
    settings = get_settings()
    return Credentials(url=settings.watsonx_url, api_key=_require(settings.watsonx_api_key, "WATSONX_APIKEY"))


def get_watsonx_model(model_id: str, params: Optional[Dict[str, Any]] = None) -> ModelInference:
    settings = get_settings()
    return ModelInference(
        model_id=model_id,
        credentials=watsonx_credentials(),
        project_id=_require(settings.watsonx_project_id, "WATSONX_PROJECT_ID"),
        params=params,
        max_retries=2,
    )


def get_watsonx_embeddings(model_id: str = WATSONX_EMBED_MODEL) -> Embeddings:
    settings = get_settings()
    return Embeddings(
        model_id=model_id,
        credentials=watsonx_credentials(),
        project_id=_require(settings.watsonx_project_id, "WATSONX_PROJECT_ID"),
        batch_size=500,
    )


def vllm_http(timeout: float = 120.0) -> httpx.Client:
    """httpx client bound to the self-hosted vLLM (OpenAI-compatible) endpoint."""
    settings = get_settings()
    return httpx.Client(
        base_url=settings.vllm_base_url,
        headers={"Authorization": f"Bearer {settings.vllm_api_key}"},
        timeout=httpx.Timeout(timeout, connect=5.0),
        limits=httpx.Limits(max_connections=64, max_keepalive_connections=32),
    )


def reset_clients() -> None:
    """Drop cached clients (used by tests and after key rotation)."""
    for fn in (get_together, get_async_together, get_replicate, watsonx_credentials):
        fn.cache_clear()
