"""Provider clients configured from Django settings.

Clients are created lazily so that importing this module never requires
credentials (migrations, collectstatic and the test runner import it too).
"""
from __future__ import annotations

import logging
from functools import lru_cache, partial

import anthropic
import boto3
import cohere
import litellm
import voyageai
from botocore.config import Config as BotoConfig
from django.conf import settings
from django.utils.functional import SimpleLazyObject
from google import genai
from groq import Groq
from litellm import Router
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

logger = logging.getLogger(__name__)

OPENAI_API_BASE = "https://api.openai.com/v1"
OPENAI_RESPONSES_URL = f"{OPENAI_API_BASE}/responses"


def build_default_client() -> OpenAI:
    return OpenAI(
        api_key=settings.OPENAI_API_KEY,
        organization=settings.OPENAI_ORG_ID,
        timeout=settings.LLM_REQUEST_TIMEOUT,
        max_retries=2,
    )


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return build_default_client()


def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key=settings.OPENAI_API_KEY,
        organization=settings.OPENAI_ORG_ID,
        timeout=settings.LLM_REQUEST_TIMEOUT,
    )


anthropic_client: anthropic.Anthropic = SimpleLazyObject(
    lambda: anthropic.Anthropic(
        api_key=settings.ANTHROPIC_API_KEY,
        timeout=settings.LLM_REQUEST_TIMEOUT,
    )
)


@lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=settings.MISTRAL_API_KEY)


@lru_cache(maxsize=1)
def get_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=settings.COHERE_API_KEY)


@lru_cache(maxsize=1)
def get_voyage_client() -> voyageai.Client:
    return voyageai.Client(api_key=settings.VOYAGE_API_KEY, max_retries=3)


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    return genai.Client(api_key=settings.GEMINI_API_KEY)


@lru_cache(maxsize=1)
def get_groq_client() -> Groq:
    return Groq(api_key=settings.GROQ_API_KEY)


@lru_cache(maxsize=1)
def bedrock_runtime():
    """Bedrock runtime client pinned to the configured region."""
    return boto3.client(
        "bedrock-runtime",
        region_name=settings.AWS_BEDROCK_REGION,
        config=BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=60),
    )


@lru_cache(maxsize=1)
def get_router() -> Router:
    return Router(model_list=settings.LITELLM_MODEL_LIST, num_retries=2, timeout=30)


fast_completion = partial(
    litellm.completion,
    model=settings.LITELLM_FAST_MODEL,
    temperature=0,
    timeout=settings.LLM_REQUEST_TIMEOUT,
)


def openai_embed(texts: list[str]) -> list[list[float]]:
    """Embed ``texts`` with the configured OpenAI embedding model."""
    if not texts:
        return []
    response = get_openai_client().embeddings.create(
        model=settings.OPENAI_EMBEDDING_MODEL,
        input=texts,
    )
    logger.debug("Embedded %d texts (%d tokens)", len(texts), response.usage.total_tokens)
    return [item.embedding for item in response.data]
