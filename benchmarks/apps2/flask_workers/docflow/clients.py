"""Shared SDK clients and helpers for code that talks to vendors directly."""
from __future__ import annotations

import functools
import logging

import voyageai
from google import genai
from openai import OpenAI

from docflow.config import settings

logger = logging.getLogger(__name__)


def make_genai_client(api_key: str | None = None) -> genai.Client:
    """Build a Gemini Developer API client."""
    return genai.Client(api_key=api_key or settings.gemini_api_key)


def make_voyage_client() -> voyageai.Client:
    """Build a Voyage AI client with our standard retry budget."""
    return voyageai.Client(api_key=settings.voyage_api_key, max_retries=3, timeout=settings.llm_timeout_seconds)


openai_client = OpenAI(
    api_key=settings.openai_api_key,
    timeout=settings.llm_timeout_seconds,
    max_retries=2,
)

genai_client = make_genai_client()

quick_chat = functools.partial(
    openai_client.chat.completions.create,
    model=settings.fast_model,
    temperature=0,
)
