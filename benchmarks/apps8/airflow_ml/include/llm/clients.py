"""Client factories shared by DAGs, operators and services.

Everything that talks to a model provider should get its client from here so that
keys, timeouts and regions are configured in one place.
"""
from functools import lru_cache
from typing import Optional

import boto3
from botocore.config import Config
from fireworks import Fireworks
from huggingface_hub import AsyncInferenceClient, InferenceClient
from ibm_watsonx_ai import APIClient, Credentials
from ibm_watsonx_ai.foundation_models import Embeddings, ModelInference
from openai import OpenAI
from together import AsyncTogether, Together

from include.config import settings
from include.llm.credentials import connection_password

DEEPSEEK_BASE_URL = "https://api.deepseek.com"

_BOTO_CONFIG = Config(
    retries={"max_attempts": 6, "mode": "adaptive"},
    read_timeout=300,
    connect_timeout=10,
)


@lru_cache(maxsize=1)
def get_bedrock_runtime():
    session = boto3.Session(region_name=settings.bedrock.region)
    return session.client("bedrock-runtime", config=_BOTO_CONFIG)


@lru_cache(maxsize=1)
def get_together_client() -> Together:
    return Together(
        api_key=connection_password(settings.together.conn_id, "TOGETHER_API_KEY"),
        timeout=120,
        max_retries=3,
    )


def get_async_together_client() -> AsyncTogether:
    # not cached: async clients are bound to the event loop they were created on
    return AsyncTogether(
        api_key=connection_password(settings.together.conn_id, "TOGETHER_API_KEY"),
        timeout=120,
    )


@lru_cache(maxsize=1)
def get_fireworks_client() -> Fireworks:
    return Fireworks(
        api_key=connection_password(settings.fireworks.conn_id, "FIREWORKS_API_KEY"),
        account_id=settings.fireworks.account_id,
    )


@lru_cache(maxsize=1)
def get_deepseek_client() -> OpenAI:
    return OpenAI(
        api_key=connection_password(settings.deepseek.conn_id, "DEEPSEEK_API_KEY"),
        base_url=DEEPSEEK_BASE_URL,
        timeout=180,
    )


def get_hf_client(model: Optional[str] = None) -> InferenceClient:
    return InferenceClient(
        model=model,
        provider=settings.hf.provider,
        token=connection_password(settings.hf.conn_id, "HF_TOKEN"),
        timeout=90,
    )


def get_async_hf_client(model: Optional[str] = None) -> AsyncInferenceClient:
    return AsyncInferenceClient(
        model=model,
        provider=settings.hf.provider,
        token=connection_password(settings.hf.conn_id, "HF_TOKEN"),
    )


def _watsonx_credentials() -> Credentials:
    return Credentials(
        url=settings.watsonx.url,
        api_key=connection_password(settings.watsonx.conn_id, "WATSONX_APIKEY"),
    )


@lru_cache(maxsize=1)
def get_watsonx_api_client() -> APIClient:
    return APIClient(_watsonx_credentials(), project_id=settings.watsonx.project_id)


def get_watsonx_model(model_id: Optional[str] = None, params: Optional[dict] = None) -> ModelInference:
    return ModelInference(
        model_id=model_id or settings.watsonx.extraction_model,
        api_client=get_watsonx_api_client(),
        params=params,
        max_retries=5,
    )


def get_watsonx_embeddings(model_id: Optional[str] = None) -> Embeddings:
    return Embeddings(
        model_id=model_id or settings.watsonx.embedding_model,
        api_client=get_watsonx_api_client(),
        batch_size=500,
    )
