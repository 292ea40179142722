"""Client factories for the LLM providers we use.

Clients are cheap to keep around and expensive-ish to build (boto3 session,
watsonx token exchange), so the factories are cached. Nornir runs tasks in a
thread pool; all of these clients are thread-safe per vendor docs.
"""
from __future__ import annotations

import logging
import os
from functools import lru_cache

import anthropic
import boto3
from botocore.config import Config as BotoConfig
from ibm_watsonx_ai import APIClient, Credentials
from ibm_watsonx_ai.foundation_models import Embeddings, ModelInference
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from netauto.settings import get_settings

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(
        api_key=os.environ.get("OPENAI_API_KEY"),
        timeout=60.0,
        max_retries=3,
    )


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=os.environ.get("OPENAI_API_KEY"), timeout=60.0)


def make_anthropic_client(api_key: str | None = None) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=api_key or os.environ.get("ANTHROPIC_API_KEY"))


@lru_cache(maxsize=4)
def get_bedrock_runtime(region: str | None = None):
    region = region or get_settings().llm.bedrock_region
    cfg = BotoConfig(retries={"max_attempts": 5, "mode": "adaptive"}, read_timeout=120)
    return boto3.client("bedrock-runtime", region_name=region, config=cfg)


def get_bedrock_control(region: str | None = None):
    """Control-plane client (model catalogue). Not used for inference."""
    region = region or get_settings().llm.bedrock_region
    return boto3.client("bedrock", region_name=region)


@lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=os.environ.get("MISTRAL_API_KEY", ""))


@lru_cache(maxsize=1)
def _watsonx_api_client() -> APIClient:
    settings = get_settings().llm
    creds = Credentials(url=settings.watsonx_url, api_key=os.environ.get("WATSONX_APIKEY"))
    return APIClient(creds, project_id=settings.watsonx_project_id)


def make_watsonx_model(model_id: str | None = None, params: dict | None = None) -> ModelInference:
    settings = get_settings().llm
    return ModelInference(
        model_id=model_id or settings.watsonx_model,
        api_client=_watsonx_api_client(),
        project_id=settings.watsonx_project_id,
        params=params or {"max_new_tokens": settings.max_tokens, "temperature": settings.temperature},
    )


def make_watsonx_embeddings(model_id: str = "ibm/slate-125m-english-rtrvr") -> Embeddings:
    return Embeddings(
        model_id=model_id,
        api_client=_watsonx_api_client(),
        project_id=get_settings().llm.watsonx_project_id,
    )


class LLMBundle:
    """Everything a task might need, attached to ``nr.data`` at startup.

    Tasks get at it via ``task.nornir.data`` or (for older tasks) via
    ``task.host.data["llm"]`` which ``attach_llm_to_hosts`` populates.
    """

    def __init__(self, provider: str | None = None):
        settings = get_settings().llm
        self.provider = provider or settings.default_provider
        self.settings = settings
        self.openai = get_openai_client()
        self.anthropic = make_anthropic_client()
        self.bedrock = get_bedrock_runtime()
        self.mistral = get_mistral_client()
        self._watsonx: ModelInference | None = None

    @property
    def watsonx(self) -> ModelInference:
        if self._watsonx is None:
            self._watsonx = make_watsonx_model()
        return self._watsonx

    def __repr__(self) -> str:  # nornir dumps host data in debug logs
        return f"<LLMBundle provider={self.provider}>"
