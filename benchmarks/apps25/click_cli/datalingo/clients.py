"""Construction of the raw vendor SDK clients.

Everything that needs an SDK client should get it from here (or from ``ctx.obj``,
which is filled from :func:`build_clients`) so that keys/timeouts are configured in
one place.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import anthropic
import boto3
import cohere
import replicate
from botocore.config import Config as BotoConfig
from openai import AsyncOpenAI, OpenAI

from datalingo.config import TOGETHER_BASE_URL, Settings

log = logging.getLogger(__name__)


@dataclass
class Clients:
    openai: OpenAI | None = None
    anthropic: anthropic.Anthropic | None = None
    cohere: cohere.ClientV2 | None = None
    together: OpenAI | None = None
    replicate: replicate.Client | None = None
    bedrock: Any = None  # botocore client, no useful static type

    # compat: old commands do ctx.obj["clients"]["openai"]
    def __getitem__(self, name: str) -> Any:
        client = getattr(self, name, None)
        if client is None:
            raise KeyError(f"no client configured for {name!r}")
        return client

    def available(self) -> list[str]:
        return [name for name, value in vars(self).items() if value is not None]


def _bedrock_runtime(region: str, profile: str | None = None):
    session = boto3.Session(profile_name=profile, region_name=region)
    return session.client(
        "bedrock-runtime",
        config=BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=120),
    )


def build_clients(settings: Settings) -> Clients:
    """Build every client we have credentials for. Missing keys just leave a None."""
    clients = Clients()
    if settings.openai_api_key:
        clients.openai = OpenAI(
            api_key=settings.openai_api_key,
            organization=settings.openai_org,
            timeout=settings.request_timeout,
            max_retries=3,
        )
    if settings.anthropic_api_key:
        clients.anthropic = anthropic.Anthropic(
            api_key=settings.anthropic_api_key, timeout=settings.request_timeout
        )
    if settings.cohere_api_key:
        clients.cohere = cohere.ClientV2(api_key=settings.cohere_api_key)
    if settings.together_api_key:
        clients.together = OpenAI(
            api_key=settings.together_api_key,
            base_url=TOGETHER_BASE_URL,
            timeout=settings.request_timeout,
        )
    if settings.replicate_api_token:
        clients.replicate = replicate.Client(api_token=settings.replicate_api_token)
    try:
        clients.bedrock = _bedrock_runtime(settings.aws_region, settings.aws_profile)
    except Exception as exc:  # no AWS creds on most laptops
        log.debug("bedrock client unavailable: %s", exc)
    return clients


# --- cached getters, used by scripts and the newer pipeline code -----------------


@lru_cache(maxsize=1)
def get_openai() -> OpenAI:
    return OpenAI(api_key=os.environ.get("OPENAI_API_KEY"), max_retries=3)


@lru_cache(maxsize=1)
def get_async_openai() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=os.environ.get("OPENAI_API_KEY"), max_retries=3)


@lru_cache(maxsize=1)
def get_anthropic() -> anthropic.Anthropic:
    return anthropic.Anthropic()


@lru_cache(maxsize=4)
def get_bedrock_runtime(region: str = "eu-west-1"):
    return _bedrock_runtime(region, os.environ.get("AWS_PROFILE"))


@lru_cache(maxsize=1)
def get_bedrock_control(region: str = "eu-west-1"):
    """Control-plane client (model listing etc). Not used for inference."""
    return boto3.client("bedrock", region_name=region)
