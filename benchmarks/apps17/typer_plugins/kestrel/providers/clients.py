"""Lazily-built, process-wide SDK clients.

Everything that needs a provider client should get it from here so keys, hosts and
timeouts come from one place (see ``kestrel.config``).
"""
from __future__ import annotations

from functools import lru_cache

import ollama
import replicate
from huggingface_hub import AsyncInferenceClient, InferenceClient
from together import AsyncTogether, Together
from xai_sdk import AsyncClient as AsyncXaiClient
from xai_sdk import Client as XaiClient

from kestrel.config import get_settings
from kestrel.errors import ConfigError


def _require(value, name: str) -> str:
    if not value:
        raise ConfigError(f"{name} is not configured (set it in kestrel.toml or the environment)")
    return value


@lru_cache(maxsize=None)
def together_client() -> Together:
    cfg = get_settings().providers
    return Together(
        api_key=_require(cfg.together_api_key, "together_api_key"),
        timeout=cfg.request_timeout,
        max_retries=3,
    )


@lru_cache(maxsize=None)
def async_together_client() -> AsyncTogether:
    cfg = get_settings().providers
    return AsyncTogether(api_key=_require(cfg.together_api_key, "together_api_key"), timeout=cfg.request_timeout)


@lru_cache(maxsize=None)
def hf_client() -> InferenceClient:
    cfg = get_settings().providers
    return InferenceClient(provider=cfg.hf_provider, api_key=cfg.hf_token, timeout=cfg.request_timeout)


def hf_async_client() -> AsyncInferenceClient:
    # not cached: AsyncInferenceClient holds an aiohttp session bound to the running loop
    cfg = get_settings().providers
    return AsyncInferenceClient(provider=cfg.hf_provider, api_key=cfg.hf_token, timeout=cfg.request_timeout)


@lru_cache(maxsize=None)
def replicate_client() -> replicate.Client:
    cfg = get_settings().providers
    return replicate.Client(api_token=_require(cfg.replicate_api_token, "replicate_api_token"))


@lru_cache(maxsize=None)
def xai_client() -> XaiClient:
    cfg = get_settings().providers
    return XaiClient(api_key=_require(cfg.xai_api_key, "xai_api_key"), timeout=cfg.request_timeout)


def async_xai_client() -> AsyncXaiClient:
    cfg = get_settings().providers
    return AsyncXaiClient(api_key=_require(cfg.xai_api_key, "xai_api_key"))


@lru_cache(maxsize=None)
def ollama_client() -> ollama.Client:
    return ollama.Client(host=get_settings().providers.ollama_host)


def ollama_async_client() -> ollama.AsyncClient:
    return ollama.AsyncClient(host=get_settings().providers.ollama_host)
