"""Builders for third-party clients.

The container calls these once (Singleton providers). A couple of modules that predate the
container still use ``get_azure_openai_client()``; don't add new callers, inject instead.
"""
import logging
from functools import lru_cache
from typing import Optional

import boto3
import httpx
import voyageai
from botocore.config import Config as BotoConfig
from google import genai
from google.genai import types as genai_types
from openai import AzureOpenAI

from app.settings import get_settings

logger = logging.getLogger(__name__)

_BOTO_CONFIG = BotoConfig(
    retries={"max_attempts": 4, "mode": "adaptive"},
    read_timeout=120,
    connect_timeout=5,
)


def build_boto_session(region: str, profile: Optional[str] = None) -> boto3.session.Session:
    if profile:
        return boto3.Session(profile_name=profile, region_name=region)
    return boto3.Session(region_name=region)


def build_bedrock_runtime(session: boto3.session.Session):
    return session.client("bedrock-runtime", config=_BOTO_CONFIG)


def build_bedrock_control(session: boto3.session.Session):
    # control plane: batch jobs, model catalogue
    return session.client("bedrock")


def build_s3(session: boto3.session.Session):
    return session.client("s3")


def build_genai_client(project: str, location: str) -> genai.Client:
    return genai.Client(
        vertexai=True,
        project=project,
        location=location,
        http_options=genai_types.HttpOptions(timeout=60_000),
    )


def build_voyage_client(api_key: str, max_retries: int = 3) -> voyageai.Client:
    return voyageai.Client(api_key=api_key, max_retries=max_retries)


def build_async_voyage_client(api_key: str, max_retries: int = 3) -> voyageai.AsyncClient:
    return voyageai.AsyncClient(api_key=api_key, max_retries=max_retries)


def _gateway_headers(api_key: str) -> dict:
    return {
        "Authorization": f"Bearer {api_key}",
        "X-Client-App": "supportdesk-assistant",
    }


def build_gateway_http(base_url: str, api_key: str, timeout: float = 45.0) -> httpx.Client:
    return httpx.Client(base_url=base_url, headers=_gateway_headers(api_key), timeout=timeout)


def build_async_gateway_http(base_url: str, api_key: str,
                             timeout: float = 45.0) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=base_url, headers=_gateway_headers(api_key), timeout=timeout)


def build_zendesk_http(base_url: str, token: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=base_url,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        timeout=20.0,
    )


@lru_cache(maxsize=1)
def get_azure_openai_client() -> AzureOpenAI:
    """Process-wide Azure OpenAI client for code that is not wired through the container."""
    settings = get_settings()
    logger.debug("creating shared AzureOpenAI client for %s", settings.azure.endpoint)
    return AzureOpenAI(
        azure_endpoint=settings.azure.endpoint,
        api_key=settings.azure.api_key,
        api_version=settings.azure.api_version,
        timeout=settings.azure.timeout_seconds,
        max_retries=settings.azure.max_retries,
    )
