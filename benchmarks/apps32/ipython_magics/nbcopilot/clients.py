"""Client factories.

Every SDK client the package uses is built here so that API keys and base
URLs are handled in one place.  Getters are cached: a notebook kernel lives
for hours and we don't want a new HTTP pool per cell.
"""
from __future__ import annotations

import functools
import logging

import anthropic
import google.generativeai as genai
import ollama
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from .settings import (
    OLLAMA_HOST,
    PERPLEXITY_BASE_URL,
    XAI_BASE_URL,
    api_key_for,
)

log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=None)
def get_openai_client() -> OpenAI:
    return OpenAI(api_key=api_key_for("openai"), max_retries=3, timeout=60)


@functools.lru_cache(maxsize=None)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=api_key_for("openai"))


@functools.lru_cache(maxsize=None)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=api_key_for("anthropic"))


@functools.lru_cache(maxsize=None)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=api_key_for("anthropic"))


_genai_configured = False


def configure_genai() -> None:
    global _genai_configured
    if not _genai_configured:
        genai.configure(api_key=api_key_for("google"))
        _genai_configured = True


def get_gemini_model(model_name: str, system_instruction: str | None = None) -> genai.GenerativeModel:
    configure_genai()
    return genai.GenerativeModel(model_name, system_instruction=system_instruction)


@functools.lru_cache(maxsize=None)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=api_key_for("mistral"))


@functools.lru_cache(maxsize=None)
def get_ollama_client() -> ollama.Client:
    return ollama.Client(host=OLLAMA_HOST)


@functools.lru_cache(maxsize=None)
def get_xai_client() -> OpenAI:
    return OpenAI(api_key=api_key_for("xai"), base_url=XAI_BASE_URL)


@functools.lru_cache(maxsize=None)
def get_perplexity_client() -> OpenAI:
    return OpenAI(api_key=api_key_for("perplexity"), base_url=PERPLEXITY_BASE_URL)


def reset_clients() -> None:
    """Drop cached clients (used by %copilot_reload and the tests)."""
    global _genai_configured
    for getter in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_mistral_client,
        get_ollama_client,
        get_xai_client,
        get_perplexity_client,
    ):
        getter.cache_clear()
    _genai_configured = False
    log.debug("nbcopilot clients reset")
