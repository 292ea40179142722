"""Provider client factories.

Everything that talks to a model vendor gets its client from here so that
keys/base URLs are configured in one place.  Getters are cached: the SDK
clients are thread-safe and keep a connection pool.
"""
from __future__ import annotations

import os
from functools import lru_cache

import boto3
import ollama
import voyageai
from anthropic import Anthropic, AsyncAnthropic
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from monitor.config import get_settings

XAI_BASE_URL = "https://api.x.ai/v1"
DEEPSEEK_BASE_URL = "https://api.deepseek.com"


@lru_cache(maxsize=1)
def get_openai() -> OpenAI:
    return OpenAI(api_key=os.environ.get("OPENAI_API_KEY"), timeout=60.0, max_retries=2)


@lru_cache(maxsize=1)
def get_async_openai() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=os.environ.get("OPENAI_API_KEY"), timeout=60.0)


@lru_cache(maxsize=1)
def get_anthropic() -> Anthropic:
    return Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))


@lru_cache(maxsize=1)
def get_async_anthropic() -> AsyncAnthropic:
    return AsyncAnthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))


@lru_cache(maxsize=1)
def get_xai() -> AsyncOpenAI:
    cfg = get_settings().provider("xai")
    return AsyncOpenAI(
        api_key=os.environ.get("XAI_API_KEY"),
        base_url=cfg.get("base_url", XAI_BASE_URL),
    )


@lru_cache(maxsize=1)
def get_deepseek() -> OpenAI:
    cfg = get_settings().provider("deepseek")
    return OpenAI(
        api_key=os.environ.get("DEEPSEEK_API_KEY"),
        base_url=cfg.get("base_url", DEEPSEEK_BASE_URL),
    )


@lru_cache(maxsize=1)
def get_voyage() -> voyageai.Client:
    return voyageai.Client(api_key=os.environ.get("VOYAGE_API_KEY"))


@lru_cache(maxsize=1)
def get_ollama() -> ollama.Client:
    cfg = get_settings().provider("ollama")
    return ollama.Client(host=cfg.get("host", "http://127.0.0.1:11434"))


def get_async_ollama() -> ollama.AsyncClient:
    cfg = get_settings().provider("ollama")
    return ollama.AsyncClient(host=cfg.get("host", "http://127.0.0.1:11434"))


@lru_cache(maxsize=1)
def get_bedrock_runtime():
    cfg = get_settings().provider("bedrock")
    session = boto3.Session(region_name=cfg.get("region", "us-east-1"))
    return session.client("bedrock-runtime")


@lru_cache(maxsize=1)
def get_mistral() -> Mistral:
    return Mistral(api_key=os.environ.get("MISTRAL_API_KEY", ""))
