"""Client factories.  Everything that needs an SDK client should come here
so API keys / hosts from the settings file are applied in one place."""
from __future__ import annotations

import functools
import logging

import anthropic
import google.generativeai as genai
import ollama
from mistralai import Mistral
from openai import OpenAI

from app.config import get_settings

log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    s = get_settings()
    return OpenAI(api_key=s.api_key("openai"), timeout=s.request_timeout, max_retries=2)


@functools.lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    s = get_settings()
    return anthropic.Anthropic(api_key=s.api_key("anthropic"), timeout=s.request_timeout)


def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    # not cached: each worker thread runs its own event loop
    s = get_settings()
    return anthropic.AsyncAnthropic(api_key=s.api_key("anthropic"))


@functools.lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    s = get_settings()
    return Mistral(api_key=s.api_key("mistral"), timeout_ms=int(s.request_timeout * 1000))


def make_ollama_client(host: str | None = None) -> ollama.Client:
    return ollama.Client(host=host or get_settings().ollama_host)


_gemini_configured = False


def _configure_gemini() -> None:
    global _gemini_configured
    if not _gemini_configured:
        genai.configure(api_key=get_settings().api_key("gemini"))
        _gemini_configured = True


def get_gemini_model(name: str | None = None, system_instruction: str | None = None) -> genai.GenerativeModel:
    _configure_gemini()
    s = get_settings()
    return genai.GenerativeModel(
        name or s.model_for("gemini"),
        system_instruction=system_instruction,
        generation_config=genai.GenerationConfig(temperature=s.temperature, max_output_tokens=s.max_tokens),
    )


def reset_clients() -> None:
    """Called after the settings dialog changes keys."""
    global _gemini_configured
    get_openai_client.cache_clear()
    get_anthropic_client.cache_clear()
    get_mistral_client.cache_clear()
    _gemini_configured = False
    log.info("AI clients reset")
