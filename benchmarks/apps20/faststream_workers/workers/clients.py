"""Factories for the SDK clients used by the workers.

The Kafka app builds these once in `on_startup` and stores them in the
FastStream context; the admin API does the same on `app.state`.
"""
from __future__ import annotations

from functools import lru_cache

import anthropic
import boto3
import voyageai
from botocore.config import Config as BotoConfig
from openai import AsyncOpenAI, OpenAI
from xai_sdk import AsyncClient as XAIAsyncClient

from workers.settings import LLMSettings, settings


def _secret(value) -> str | None:
    return value.get_secret_value() if value is not None else None


def make_openai(cfg: LLMSettings | None = None) -> AsyncOpenAI:
    cfg = cfg or settings.llm
    return AsyncOpenAI(api_key=_secret(cfg.openai_api_key), timeout=cfg.request_timeout, max_retries=2)


def make_anthropic(cfg: LLMSettings | None = None) -> anthropic.AsyncAnthropic:
    cfg = cfg or settings.llm
    return anthropic.AsyncAnthropic(api_key=_secret(cfg.anthropic_api_key), timeout=cfg.request_timeout)


def make_voyage(cfg: LLMSettings | None = None) -> voyageai.AsyncClient:
    cfg = cfg or settings.llm
    return voyageai.AsyncClient(api_key=_secret(cfg.voyage_api_key), max_retries=3)


def make_grok_compat(cfg: LLMSettings | None = None) -> AsyncOpenAI:
    """Grok through its OpenAI-compatible endpoint (what we used before xai-sdk)."""
    cfg = cfg or settings.llm
    return AsyncOpenAI(api_key=_secret(cfg.xai_api_key), base_url=cfg.xai_base_url)


def make_xai(cfg: LLMSettings | None = None) -> XAIAsyncClient:
    cfg = cfg or settings.llm
    return XAIAsyncClient(api_key=_secret(cfg.xai_api_key), timeout=cfg.request_timeout)


@lru_cache(maxsize=1)
def get_bedrock_runtime():
    session = boto3.Session(profile_name=settings.llm.bedrock_profile, region_name=settings.llm.aws_region)
    return session.client(
        "bedrock-runtime",
        config=BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=120),
    )


@lru_cache(maxsize=1)
def get_sync_openai() -> OpenAI:
    """Sync client for scripts and thread-pool work."""
    return OpenAI(api_key=_secret(settings.llm.openai_api_key))
