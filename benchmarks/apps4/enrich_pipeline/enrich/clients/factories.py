"""Construction of provider clients.

Everything that needs an API key or endpoint goes through here so that credentials are read in
one place and the rest of the code only sees ready-made clients.
"""
from __future__ import annotations

import logging

import httpx
import replicate
import voyageai
from cerebras.cloud.sdk import Cerebras
from google import genai
from huggingface_hub import InferenceClient
from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import Embeddings, ModelInference
from openai import OpenAI
from together import Together

from enrich import __version__
from enrich.config import (
    DEFAULT_GRANITE_MODEL,
    FIREWORKS_BASE_URL,
    OPENROUTER_BASE_URL,
    Settings,
)

log = logging.getLogger(__name__)

_USER_AGENT = f"acme-enrich/{__version__}"


def make_voyage_client(settings: Settings) -> voyageai.Client:
    return voyageai.Client(api_key=settings.voyage_api_key, max_retries=3, timeout=60)


def make_voyage_async_client(settings: Settings) -> voyageai.AsyncClient:
    return voyageai.AsyncClient(api_key=settings.voyage_api_key, max_retries=3)


def make_together_client(settings: Settings) -> Together:
    return Together(api_key=settings.together_api_key, max_retries=2)


def make_openrouter_client(settings: Settings) -> OpenAI:
    return OpenAI(
        base_url=OPENROUTER_BASE_URL,
        api_key=settings.openrouter_api_key,
        default_headers={"HTTP-Referer": "https://acme.example", "X-Title": settings.app_name},
    )


def make_fireworks_client(settings: Settings) -> OpenAI:
    return OpenAI(base_url=FIREWORKS_BASE_URL, api_key=settings.fireworks_api_key, timeout=45.0)


def make_cerebras_client(settings: Settings) -> Cerebras:
    return Cerebras(api_key=settings.cerebras_api_key)


def make_genai_client(settings: Settings) -> genai.Client:
    if settings.gcp_project:
        log.debug("using Vertex AI backend for project %s", settings.gcp_project)
        return genai.Client(
            vertexai=True, project=settings.gcp_project, location=settings.gcp_location
        )
    return genai.Client(api_key=settings.gemini_api_key)


def make_hf_client(settings: Settings) -> InferenceClient:
    return InferenceClient(provider="hf-inference", api_key=settings.hf_token, timeout=30)


def make_replicate_client(settings: Settings) -> replicate.Client:
    return replicate.Client(api_token=settings.replicate_api_token, headers={"User-Agent": _USER_AGENT})


def _watsonx_credentials(settings: Settings) -> Credentials:
    return Credentials(url=settings.watsonx_url, api_key=settings.watsonx_api_key)


def make_granite_model(settings: Settings, model_id: str = DEFAULT_GRANITE_MODEL) -> ModelInference:
    return ModelInference(
        model_id=model_id,
        credentials=_watsonx_credentials(settings),
        project_id=settings.watsonx_project_id,
        max_retries=3,
    )


def make_granite_embeddings(settings: Settings) -> Embeddings:
    return Embeddings(
        model_id="ibm/granite-embedding-278m-multilingual",
        credentials=_watsonx_credentials(settings),
        project_id=settings.watsonx_project_id,
        batch_size=500,
    )


def make_http_client(settings: Settings) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        timeout=httpx.Timeout(60.0, connect=10.0),
        headers={"User-Agent": _USER_AGENT},
        limits=httpx.Limits(max_connections=settings.concurrency * 2),
    )
