"""Provider client factories.

Every provider SDK client used by the platform is built here so that keys,
timeouts and retries live in one place. Most getters are cached per process;
Celery workers and gunicorn workers each get their own instances.
"""
from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field

import anthropic
import openai
import voyageai
from django.conf import settings
from google import genai
from google.genai import types as genai_types
from together import Together

logger = logging.getLogger(__name__)

TOGETHER_BASE_URL = "https://api.together.xyz/v1"


@functools.lru_cache(maxsize=1)
def get_openai_client() -> openai.OpenAI:
    logger.debug("building OpenAI client")
    return openai.OpenAI(
        api_key=settings.OPENAI_API_KEY,
        organization=settings.OPENAI_ORG_ID,
        timeout=settings.LLM_TIMEOUT_SECONDS,
        max_retries=2,
    )


@functools.lru_cache(maxsize=1)
def get_async_openai_client() -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(
        api_key=settings.OPENAI_API_KEY,
        timeout=settings.LLM_TIMEOUT_SECONDS,
    )


@functools.lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(
        api_key=settings.ANTHROPIC_API_KEY,
        timeout=settings.LLM_TIMEOUT_SECONDS,
        max_retries=3,
    )


def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    # Not cached: async clients are bound to the event loop that created them,
    # and Celery's asyncio.run() makes a fresh loop per task.
    return anthropic.AsyncAnthropic(api_key=settings.ANTHROPIC_API_KEY)


@functools.lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    return genai.Client(
        api_key=settings.GEMINI_API_KEY,
        http_options=genai_types.HttpOptions(timeout=int(settings.LLM_TIMEOUT_SECONDS * 1000)),
    )


@functools.lru_cache(maxsize=1)
def get_voyage_client() -> voyageai.Client:
    return voyageai.Client(api_key=settings.VOYAGE_API_KEY, max_retries=3)


def get_async_voyage_client() -> voyageai.AsyncClient:
    return voyageai.AsyncClient(api_key=settings.VOYAGE_API_KEY)


@functools.lru_cache(maxsize=1)
def get_together_client() -> Together:
    return Together(api_key=settings.TOGETHER_API_KEY)


def get_together_openai_client() -> openai.OpenAI:
    """Together through the OpenAI SDK; used by code written before we added
    the together package. Kept because the tagging prompts were tuned on it."""
    return openai.OpenAI(api_key=settings.TOGETHER_API_KEY, base_url=TOGETHER_BASE_URL)


@dataclass
class ClientBundle:
    """The set of clients attached to each request by ``LLMClientMiddleware``."""

    openai: openai.OpenAI = field(default_factory=get_openai_client)
    anthropic: anthropic.Anthropic = field(default_factory=get_anthropic_client)
    gemini: genai.Client = field(default_factory=get_genai_client)
    voyage: voyageai.Client = field(default_factory=get_voyage_client)
    together: Together = field(default_factory=get_together_client)

    def for_provider(self, name: str):
        try:
            return getattr(self, name)
        except AttributeError:
            raise KeyError(f"unknown LLM provider {name!r}") from None


def build_bundle() -> ClientBundle:
    return ClientBundle()
