"""Cached client getters for code that runs outside the event loop.

``run.io_bound`` executes in a thread pool, where we want *sync* clients.
These are built lazily and cached for the process lifetime.
"""
from __future__ import annotations

from functools import lru_cache

import replicate
from anthropic import AsyncAnthropic
from google import genai
from groq import Groq
from openai import OpenAI

from studio.config import settings


@lru_cache(maxsize=1)
def get_openai_sync() -> OpenAI:
    return OpenAI(api_key=settings.openai_api_key, timeout=settings.request_timeout)


@lru_cache(maxsize=1)
def get_anthropic() -> AsyncAnthropic:
    # TODO(jonas): fold into services.anthropic once the editor page is migrated
    return AsyncAnthropic(api_key=settings.anthropic_api_key)


@lru_cache(maxsize=1)
def get_gemini() -> genai.Client:
    return genai.Client(api_key=settings.gemini_api_key)


@lru_cache(maxsize=1)
def get_groq_sync() -> Groq:
    return Groq(api_key=settings.groq_api_key)


@lru_cache(maxsize=1)
def get_replicate() -> replicate.Client:
    return replicate.Client(api_token=settings.replicate_api_token)
