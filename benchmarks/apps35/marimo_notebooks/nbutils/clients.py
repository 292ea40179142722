"""Cached client getters.

Every notebook should go through these instead of constructing SDK clients in
cells: marimo re-runs cells on every upstream change and we were leaking
httpx pools (see #41).
"""
from __future__ import annotations

from functools import lru_cache

import anthropic
import voyageai
from google import genai
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from nbutils.config import require, settings


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(api_key=require("openai_api_key"), max_retries=3, timeout=60)


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=require("openai_api_key"), max_retries=3)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=require("anthropic_api_key"))


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=require("anthropic_api_key"))


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    return genai.Client(api_key=require("gemini_api_key"))


@lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=require("mistral_api_key"))


@lru_cache(maxsize=1)
def get_voyage_client() -> voyageai.Client:
    return voyageai.Client(api_key=require("voyage_api_key"), max_retries=3)


def default_models() -> dict[str, str]:
    return {
        "openai": settings.openai_chat_model,
        "anthropic": settings.claude_model,
        "google": settings.gemini_model,
        "mistral": settings.mistral_model,
    }
