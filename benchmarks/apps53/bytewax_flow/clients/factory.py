"""Client factories.

Each factory builds a fresh SDK client from settings. Workers should not call these
directly on the hot path; use :mod:`clients.worker_cache` which keeps one instance per
worker process.
"""
from __future__ import annotations

import logging

import anthropic
from huggingface_hub import InferenceClient
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI
from xai_sdk import Client as XAIClient

from common.config import Settings, get_settings

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0


def make_openai(settings: Settings | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> OpenAI:
    settings = settings or get_settings()
    log.debug("building OpenAI client")
    return OpenAI(api_key=settings.openai_api_key, timeout=timeout, max_retries=2)


def make_async_openai(settings: Settings | None = None) -> AsyncOpenAI:
    settings = settings or get_settings()
    return AsyncOpenAI(api_key=settings.openai_api_key, timeout=DEFAULT_TIMEOUT)


def make_anthropic(settings: Settings | None = None) -> anthropic.Anthropic:
    settings = settings or get_settings()
    return anthropic.Anthropic(api_key=settings.anthropic_api_key, max_retries=3)


def make_mistral(settings: Settings | None = None) -> Mistral:
    settings = settings or get_settings()
    return Mistral(api_key=settings.mistral_api_key or "")


def make_hf_inference(settings: Settings | None = None, model: str | None = None) -> InferenceClient:
    settings = settings or get_settings()
    return InferenceClient(model=model or settings.models.hf_chat_model, token=settings.hf_token, timeout=60)


def make_xai(settings: Settings | None = None) -> XAIClient:
    settings = settings or get_settings()
    return XAIClient(api_key=settings.xai_api_key, timeout=60)
