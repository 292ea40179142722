"""Provider clients, configured from Prefect blocks and settings.

Each getter builds its client once per worker process. Prefect's thread pool
task runner shares the process, so the underlying HTTP connection pools are
reused across tasks.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import cohere
from botocore.config import Config as BotoConfig
from google import genai
from google.genai import types as genai_types
from mistralai import Mistral
from openai import AsyncAzureOpenAI, AzureOpenAI

from enrich.blocks import aws_credentials, secret_value
from enrich.settings import get_settings

log = logging.getLogger(__name__)

_BOTO_CONFIG = BotoConfig(
    retries={"max_attempts": 6, "mode": "adaptive"},
    read_timeout=300,
    connect_timeout=10,
)


def _azure_key() -> str:
    s = get_settings()
    return secret_value(s.azure_openai_key_block, "AZURE_OPENAI_API_KEY")


@lru_cache(maxsize=1)
def azure_openai() -> AzureOpenAI:
    s = get_settings()
    log.info("creating Azure OpenAI client for %s", s.azure_openai_endpoint)
    return AzureOpenAI(
        azure_endpoint=s.azure_openai_endpoint,
        api_key=_azure_key(),
        api_version=s.azure_openai_api_version,
        max_retries=4,
        timeout=60.0,
    )


@lru_cache(maxsize=1)
def async_azure_openai() -> AsyncAzureOpenAI:
    s = get_settings()
    return AsyncAzureOpenAI(
        azure_endpoint=s.azure_openai_endpoint,
        api_key=_azure_key(),
        api_version=s.azure_openai_api_version,
        max_retries=4,
        timeout=60.0,
    )


@lru_cache(maxsize=1)
def bedrock_runtime():
    s = get_settings()
    session = aws_credentials(s.aws_credentials_block).get_boto3_session()
    return session.client("bedrock-runtime", region_name=s.bedrock_region, config=_BOTO_CONFIG)


@lru_cache(maxsize=1)
def cohere_client() -> cohere.ClientV2:
    s = get_settings()
    return cohere.ClientV2(
        api_key=secret_value(s.cohere_key_block, "CO_API_KEY"),
        client_name="acme-enrichment",
        timeout=120,
    )


@lru_cache(maxsize=1)
def mistral_client() -> Mistral:
    s = get_settings()
    return Mistral(api_key=secret_value(s.mistral_key_block, "MISTRAL_API_KEY"), timeout_ms=90_000)


@lru_cache(maxsize=1)
def genai_client() -> genai.Client:
    s = get_settings()
    return genai.Client(
        vertexai=True,
        project=s.gcp_project,
        location=s.gcp_location,
        http_options=genai_types.HttpOptions(api_version="v1"),
    )


# Older names, still imported by a few flows and scripts.
# TODO(data-eng#212): drop once summarize_tickets and reembed_catalog are migrated.
get_azure_client = azure_openai
get_bedrock = bedrock_runtime
get_cohere = cohere_client
