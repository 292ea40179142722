"""Process-wide SDK clients.

Clients are cached per process (``lru_cache``) so that thread pools share a single
connection pool. In multiprocessing workers each process builds its own on first use.
"""
from __future__ import annotations

import os
from functools import lru_cache

import anthropic
from huggingface_hub import AsyncInferenceClient, InferenceClient
from openai import AsyncOpenAI, OpenAI

TOGETHER_BASE_URL = "https://api.together.xyz/v1"
FIREWORKS_BASE_URL = "https://api.fireworks.ai/inference/v1"
OLLAMA_BASE_URL = os.environ.get("OLLAMA_BASE_URL", "http://localhost:11434/v1")


@lru_cache(maxsize=None)
def get_openai_client(timeout: float = 120.0) -> OpenAI:
    return OpenAI(api_key=os.environ["OPENAI_API_KEY"], timeout=timeout, max_retries=5)


@lru_cache(maxsize=None)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"], max_retries=5)


@lru_cache(maxsize=None)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"], max_retries=5)


@lru_cache(maxsize=None)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=os.environ["ANTHROPIC_API_KEY"])


@lru_cache(maxsize=None)
def get_together_openai_client() -> OpenAI:
    """Together through its OpenAI-compatible endpoint (used by the data generators)."""
    return OpenAI(api_key=os.environ["TOGETHER_API_KEY"], base_url=TOGETHER_BASE_URL)


@lru_cache(maxsize=None)
def get_fireworks_client() -> OpenAI:
    return OpenAI(api_key=os.environ["FIREWORKS_API_KEY"], base_url=FIREWORKS_BASE_URL)


@lru_cache(maxsize=None)
def get_ollama_client() -> OpenAI:
    # Ollama ignores the key but the SDK insists on one.
    return OpenAI(api_key="ollama", base_url=OLLAMA_BASE_URL)


@lru_cache(maxsize=None)
def get_hf_client(model: str | None = None, provider: str = "hf-inference") -> InferenceClient:
    return InferenceClient(model=model, provider=provider, token=os.environ.get("HF_TOKEN"))


@lru_cache(maxsize=None)
def get_async_hf_client(model: str | None = None) -> AsyncInferenceClient:
    return AsyncInferenceClient(model=model, token=os.environ.get("HF_TOKEN"))
