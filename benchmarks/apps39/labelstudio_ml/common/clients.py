"""Client factories.

Every backend used to build its own clients in ``setup()``; this module is
where they should come from now. A few backends still construct their own
(see ``summarize_bedrock/bedrock_utils.py``) -- TODO: migrate.
"""
import logging
from functools import lru_cache

import boto3
from anthropic import Anthropic
from botocore.config import Config as BotoConfig
from google import genai
from huggingface_hub import InferenceClient
from openai import AsyncOpenAI, AzureOpenAI, OpenAI

from common.settings import settings

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    if settings.azure_endpoint:
        logger.info("Using Azure OpenAI endpoint %s", settings.azure_endpoint)
        return AzureOpenAI(
            azure_endpoint=settings.azure_endpoint,
            api_version=settings.azure_api_version,
            api_key=settings.openai_api_key,
            timeout=settings.request_timeout,
        )
    kwargs = {"api_key": settings.openai_api_key, "timeout": settings.request_timeout}
    if settings.openai_base_url:
        kwargs["base_url"] = settings.openai_base_url
    return OpenAI(**kwargs)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=settings.openai_api_key, timeout=settings.request_timeout)


@lru_cache(maxsize=1)
def get_anthropic_client() -> Anthropic:
    return Anthropic(api_key=settings.anthropic_api_key, max_retries=3)


_bedrock_client = None


def get_bedrock_runtime():
    """boto3 clients are thread-safe; share one per process."""
    global _bedrock_client
    if _bedrock_client is None:
        session = boto3.Session(profile_name=settings.aws_profile or None, region_name=settings.aws_region)
        _bedrock_client = session.client(
            "bedrock-runtime",
            config=BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=120),
        )
    return _bedrock_client


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    # Vertex AI mode: uses ADC from the container's service account.
    return genai.Client(vertexai=True, project=settings.gcp_project, location=settings.gcp_location)


@lru_cache(maxsize=4)
def get_hf_client(model: str = "") -> InferenceClient:
    return InferenceClient(model=model or settings.hf_model, token=settings.hf_token, timeout=settings.request_timeout)
