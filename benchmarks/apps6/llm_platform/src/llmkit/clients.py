"""Factories for the vendor SDK clients.

Constructing a client does not talk to the network; the container calls these
lazily the first time a client is requested. SDK-level retries are switched off
because :mod:`llmkit.retry` handles retries uniformly.
"""
from __future__ import annotations

import logging
import threading
from typing import Any, Callable, Dict, Optional

import anthropic
import cohere
import ollama
from google import genai
from groq import Groq
from huggingface_hub import InferenceClient
from openai import AsyncOpenAI, OpenAI
from together import Together

from llmkit.config import Settings, get_settings, secret

logger = logging.getLogger(__name__)

Factory = Callable[[Settings], Any]


def make_openai(settings: Settings) -> OpenAI:
    return OpenAI(
        api_key=secret(settings.openai_api_key),
        organization=settings.openai_org,
        base_url=settings.openai_base_url,
        timeout=settings.request_timeout,
        max_retries=0,
    )


def make_async_openai(settings: Settings) -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key=secret(settings.openai_api_key),
        organization=settings.openai_org,
        base_url=settings.openai_base_url,
        timeout=settings.request_timeout,
        max_retries=0,
    )


def make_anthropic(settings: Settings) -> anthropic.Anthropic:
    return anthropic.Anthropic(
        api_key=secret(settings.anthropic_api_key),
        timeout=settings.request_timeout,
        max_retries=0,
    )


def make_async_anthropic(settings: Settings) -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(
        api_key=secret(settings.anthropic_api_key),
        timeout=settings.request_timeout,
        max_retries=0,
    )


def make_cohere(settings: Settings) -> cohere.ClientV2:
    return cohere.ClientV2(api_key=secret(settings.cohere_api_key), timeout=settings.request_timeout)


def make_groq(settings: Settings) -> Groq:
    return Groq(api_key=secret(settings.groq_api_key), timeout=settings.request_timeout, max_retries=0)


def make_ollama(settings: Settings) -> ollama.Client:
    return ollama.Client(host=settings.ollama_host, timeout=settings.request_timeout)


def make_huggingface(settings: Settings) -> InferenceClient:
    return InferenceClient(
        provider=settings.hf_provider,
        token=secret(settings.hf_token),
        timeout=settings.request_timeout,
    )


def make_together(settings: Settings) -> Together:
    return Together(api_key=secret(settings.together_api_key), timeout=settings.request_timeout)


def together_compat_client(settings: Optional[Settings] = None) -> OpenAI:
    """Together speaks the OpenAI wire protocol; the summarizer team uses it this way."""
    settings = settings or get_settings()
    return OpenAI(
        api_key=secret(settings.together_api_key),
        base_url="https://api.together.xyz/v1",
        timeout=settings.request_timeout,
    )


# google-genai clients hold an auth session; share a single one per process.
_genai_client: Optional[genai.Client] = None
_genai_lock = threading.Lock()


def get_genai_client() -> genai.Client:
    global _genai_client
    if _genai_client is None:
        with _genai_lock:
            if _genai_client is None:
                s = get_settings()
                if s.google_use_vertex:
                    logger.info("using Vertex AI project=%s location=%s", s.google_project, s.google_location)
                    _genai_client = genai.Client(vertexai=True, project=s.google_project,
                                                 location=s.google_location)
                else:
                    _genai_client = genai.Client(api_key=secret(s.google_api_key))
    return _genai_client


FACTORIES: Dict[str, Factory] = {
    "openai": make_openai,
    "anthropic": make_anthropic,
    "google": lambda _settings: get_genai_client(),
    "cohere": make_cohere,
    "groq": make_groq,
    "ollama": make_ollama,
    "huggingface": make_huggingface,
    "together": make_together,
}
