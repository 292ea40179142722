"""Factories for the vendor SDK clients.

Everything here is called once from the startup handler and the result is put
into kopf's memo, so handlers never construct clients themselves. The CLI and
scripts reuse the same factories for local runs.
"""
from __future__ import annotations

import functools
import logging
import os
from dataclasses import dataclass
from typing import Any

import boto3
import litellm
from botocore.config import Config as BotoConfig
from google import genai
from ibm_watsonx_ai import APIClient, Credentials
from mistralai import Mistral

from aiops_operator.config import OperatorConfig

logger = logging.getLogger(__name__)

_BOTO_CONFIG = BotoConfig(
    retries={"max_attempts": 4, "mode": "adaptive"},
    read_timeout=120,
    connect_timeout=5,
)


def make_bedrock_runtime(region: str, profile: str | None = None):
    session = boto3.Session(profile_name=profile) if profile else boto3.Session()
    return session.client("bedrock-runtime", region_name=region, config=_BOTO_CONFIG)


def make_bedrock_agent_runtime(region: str):
    return boto3.client("bedrock-agent-runtime", region_name=region, config=_BOTO_CONFIG)


def make_genai_client(project: str, location: str) -> genai.Client:
    # Always Vertex: the Gemini API keys are not allowed in prod clusters.
    return genai.Client(vertexai=True, project=project, location=location)


def make_mistral(api_key: str) -> Mistral:
    return Mistral(api_key=api_key, timeout_ms=60_000)


def make_watsonx_api_client(url: str, api_key: str, project_id: str) -> APIClient:
    credentials = Credentials(url=url, api_key=api_key)
    return APIClient(credentials=credentials, project_id=project_id)


@functools.lru_cache(maxsize=1)
def get_router() -> litellm.Router:
    """Router over the LiteLLM proxy deployments.

    Cached because building the model list hits the proxy's /model/info once.
    """
    base = os.getenv("LITELLM_PROXY_URL", "http://litellm-proxy.ml-platform.svc:4000")
    key = os.getenv("LITELLM_MASTER_KEY", "")
    model_list = [
        {
            "model_name": "gpt-4o-mini",
            "litellm_params": {"model": "litellm_proxy/gpt-4o-mini", "api_base": base, "api_key": key},
        },
        {
            "model_name": "claude-haiku",
            "litellm_params": {"model": "litellm_proxy/claude-3-5-haiku", "api_base": base, "api_key": key},
        },
        {
            "model_name": "llama-70b",
            "litellm_params": {"model": "litellm_proxy/llama-3.3-70b", "api_base": base, "api_key": key},
        },
    ]
    return litellm.Router(
        model_list=model_list,
        num_retries=2,
        timeout=90,
        routing_strategy="simple-shuffle",
    )


@dataclass
class ProviderClients:
    """Bundle handed around by the CLI; the operator stores the fields in memo."""

    bedrock: Any = None
    bedrock_agents: Any = None
    genai: genai.Client | None = None
    mistral: Mistral | None = None
    watsonx: APIClient | None = None
    router: litellm.Router | None = None


def build_all(cfg: OperatorConfig, *, only: set[str] | None = None) -> ProviderClients:
    def wanted(name: str) -> bool:
        return only is None or name in only

    clients = ProviderClients()
    if wanted("bedrock"):
        clients.bedrock = make_bedrock_runtime(cfg.aws_region)
        clients.bedrock_agents = make_bedrock_agent_runtime(cfg.aws_region)
    if wanted("google") and cfg.gcp_project:
        clients.genai = make_genai_client(cfg.gcp_project, cfg.gcp_location)
    if wanted("mistral") and cfg.mistral_api_key:
        clients.mistral = make_mistral(cfg.mistral_api_key)
    if wanted("watsonx") and cfg.watsonx_api_key:
        clients.watsonx = make_watsonx_api_client(
            cfg.watsonx_url, cfg.watsonx_api_key, cfg.watsonx_project_id
        )
    if wanted("litellm"):
        clients.router = get_router()
    missing = [k for k, v in vars(clients).items() if v is None]
    if missing:
        logger.info("providers not configured: %s", ", ".join(missing))
    return clients
