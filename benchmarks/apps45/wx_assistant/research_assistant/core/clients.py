"""Client factories for every provider the assistant can talk to.

Clients are cached per-process; call ``reset_clients()`` after the user edits keys
in the settings dialog.
"""
from __future__ import annotations

import functools
import logging

import anthropic
import google.generativeai as genai
import ollama
from openai import AsyncOpenAI, OpenAI

from research_assistant.config import get_api_key, get_setting

log = logging.getLogger(__name__)

XAI_BASE_URL = "https://api.x.ai/v1"
DEFAULT_GEMINI_MODEL = "gemini-1.5-pro"

_gemini_configured = False


@functools.lru_cache(maxsize=None)
def get_openai_client() -> OpenAI:
    return OpenAI(api_key=get_api_key("openai"), timeout=60.0, max_retries=2)


@functools.lru_cache(maxsize=None)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=get_api_key("openai"), timeout=60.0)


@functools.lru_cache(maxsize=None)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=get_api_key("anthropic"), max_retries=3)


@functools.lru_cache(maxsize=None)
def get_xai_client() -> OpenAI:
    """Grok models are served behind an OpenAI-compatible endpoint."""
    return OpenAI(api_key=get_api_key("xai"), base_url=XAI_BASE_URL)


@functools.lru_cache(maxsize=4)
def get_ollama_client(host: str | None = None) -> ollama.Client:
    return ollama.Client(host=host or get_setting("ollama_host"))


def configure_gemini(force: bool = False) -> None:
    global _gemini_configured
    if _gemini_configured and not force:
        return
    key = get_api_key("google")
    if not key:
        log.warning("No Google API key configured; Gemini calls will fail")
    genai.configure(api_key=key)
    _gemini_configured = True


def make_gemini_model(model_name: str = DEFAULT_GEMINI_MODEL, system_instruction: str | None = None):
    configure_gemini()
    return genai.GenerativeModel(
        model_name,
        system_instruction=system_instruction,
        generation_config=genai.GenerationConfig(temperature=0.3),
    )


def reset_clients() -> None:
    global _gemini_configured
    for fn in (get_openai_client, get_async_openai_client, get_anthropic_client,
               get_xai_client, get_ollama_client):
        fn.cache_clear()
    _gemini_configured = False
    log.info("Provider clients reset")


class ClientBundle:
    """Lazily resolved clients, hung off the wx.App so panels can reach them."""

    @property
    def openai(self) -> OpenAI:
        return get_openai_client()

    @property
    def anthropic(self) -> anthropic.Anthropic:
        return get_anthropic_client()

    @property
    def xai(self) -> OpenAI:
        return get_xai_client()

    @property
    def ollama(self) -> ollama.Client:
        return get_ollama_client()

    def gemini(self, model_name: str = DEFAULT_GEMINI_MODEL, **kwargs):
        return make_gemini_model(model_name, **kwargs)
