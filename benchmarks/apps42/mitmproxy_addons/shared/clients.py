"""Client factories.

Every addon used to build its own client in ``configure``; this module is
the (mostly finished) attempt to centralise that.  Factories take plain
values rather than ``ctx.options`` so they can be used from scripts too.
"""
from __future__ import annotations

import functools
import logging
import os

import anthropic
import groq
import openai
from google import genai
from google.genai import types as genai_types

logger = logging.getLogger(__name__)

DEEPSEEK_BASE_URL = "https://api.deepseek.com"
DEFAULT_TIMEOUT = 30.0


def _env(name: str, explicit: str | None) -> str | None:
    if explicit:
        return explicit
    return os.environ.get(name)


def make_openai_client(api_key: str | None = None, *, timeout: float = DEFAULT_TIMEOUT,
                       organization: str | None = None) -> openai.OpenAI:
    """Synchronous OpenAI client; used from hooks that run in worker threads."""
    return openai.OpenAI(
        api_key=_env("OPENAI_API_KEY", api_key),
        organization=organization,
        timeout=timeout,
        max_retries=2,
    )


@functools.lru_cache(maxsize=1)
def get_async_openai() -> openai.AsyncOpenAI:
    """Process-wide async client for async hooks (mitmproxy runs them on its loop)."""
    return openai.AsyncOpenAI(timeout=DEFAULT_TIMEOUT)


@functools.lru_cache(maxsize=4)
def get_anthropic(api_key: str | None = None) -> anthropic.Anthropic:
    key = _env("ANTHROPIC_API_KEY", api_key)
    if not key:
        logger.warning("ANTHROPIC_API_KEY not set; summaries will fail")
    return anthropic.Anthropic(api_key=key, max_retries=3)


def make_genai_client(api_key: str | None = None, *, vertex_project: str | None = None,
                      location: str = "us-central1") -> genai.Client:
    if vertex_project:
        return genai.Client(vertexai=True, project=vertex_project, location=location)
    return genai.Client(
        api_key=_env("GEMINI_API_KEY", api_key),
        http_options=genai_types.HttpOptions(timeout=int(DEFAULT_TIMEOUT * 1000)),
    )


def make_groq_client(api_key: str | None = None) -> groq.Groq:
    return groq.Groq(api_key=_env("GROQ_API_KEY", api_key))


def make_async_groq_client(api_key: str | None = None) -> groq.AsyncGroq:
    return groq.AsyncGroq(api_key=_env("GROQ_API_KEY", api_key))


def make_deepseek_client(api_key: str | None = None) -> openai.OpenAI:
    """DeepSeek speaks the OpenAI wire protocol."""
    return openai.OpenAI(
        api_key=_env("DEEPSEEK_API_KEY", api_key),
        base_url=DEEPSEEK_BASE_URL,
        timeout=60.0,
    )
