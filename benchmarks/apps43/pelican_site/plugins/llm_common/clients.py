"""Client factories.

All vendor SDK clients are built here from the pelicanconf ``LLM_*`` settings
so that API keys/base URLs are configured in one place.  Factories are cached
per-process: Pelican calls plugin handlers once per content object, and we do
not want to build a new HTTP pool for every article.
"""
from __future__ import annotations

import logging
import os
from functools import lru_cache
from typing import Any, Callable, Dict, Mapping

import anthropic
import voyageai
from google import genai
from huggingface_hub import InferenceClient
from openai import AsyncOpenAI, OpenAI

from .settings import LLMSettings, llm_settings

log = logging.getLogger(__name__)


def _coerce(settings: Mapping[str, Any] | LLMSettings) -> LLMSettings:
    if isinstance(settings, LLMSettings):
        return settings
    return llm_settings(settings)


@lru_cache(maxsize=4)
def _openai(base_url: str | None) -> OpenAI:
    return OpenAI(
        api_key=os.environ.get("OPENAI_API_KEY"),
        base_url=base_url,
        max_retries=3,
        timeout=60.0,
    )


def get_openai(settings: Mapping[str, Any] | LLMSettings) -> OpenAI:
    cfg = _coerce(settings)
    return _openai(cfg.openai_base_url)


def get_async_openai(settings: Mapping[str, Any] | LLMSettings) -> AsyncOpenAI:
    cfg = _coerce(settings)
    return AsyncOpenAI(base_url=cfg.openai_base_url, max_retries=3)


@lru_cache(maxsize=1)
def _anthropic() -> anthropic.Anthropic:
    return anthropic.Anthropic(max_retries=3)


def get_anthropic(settings: Mapping[str, Any] | LLMSettings | None = None) -> anthropic.Anthropic:
    return _anthropic()


def get_async_anthropic(settings: Mapping[str, Any] | LLMSettings | None = None) -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(max_retries=3)


_genai_client: genai.Client | None = None


def get_genai(settings: Mapping[str, Any] | LLMSettings) -> genai.Client:
    global _genai_client
    if _genai_client is None:
        cfg = _coerce(settings)
        if cfg.gemini_vertex:
            _genai_client = genai.Client(
                vertexai=True,
                project=cfg.gemini_project,
                location=cfg.gemini_location,
            )
        else:
            _genai_client = genai.Client(api_key=os.environ.get("GEMINI_API_KEY"))
    return _genai_client


@lru_cache(maxsize=1)
def _voyage() -> voyageai.Client:
    return voyageai.Client(api_key=os.environ.get("VOYAGE_API_KEY"), max_retries=2)


def get_voyage(settings: Mapping[str, Any] | LLMSettings | None = None) -> voyageai.Client:
    return _voyage()


def get_hf(settings: Mapping[str, Any] | LLMSettings, model: str | None = None) -> InferenceClient:
    cfg = _coerce(settings)
    return InferenceClient(model=model, token=cfg.hf_token, timeout=120)


CLIENT_FACTORIES: Dict[str, Callable[..., Any]] = {
    "openai": get_openai,
    "anthropic": get_anthropic,
    "gemini": get_genai,
    "voyage": get_voyage,
    "hf": get_hf,
}


def get_client(provider: str, settings: Mapping[str, Any] | LLMSettings) -> Any:
    try:
        factory = CLIENT_FACTORIES[provider]
    except KeyError:
        raise ValueError(f"unknown LLM provider {provider!r}") from None
    log.debug("building %s client", provider)
    return factory(settings)


def reset_clients() -> None:
    """Used by tests to drop cached clients between cases."""
    global _genai_client
    _openai.cache_clear()
    _anthropic.cache_clear()
    _voyage.cache_clear()
    _genai_client = None
