"""LLM client factories.

Every provider client is built here so that keys, timeouts and base URLs
live in one place.  Handlers get them either through the cached getters
below or through ``userdata["llm"]`` (see ``gateway.app``).
"""
from __future__ import annotations

import logging
from functools import lru_cache

import anthropic
import voyageai
from google import genai
from openai import OpenAI

from gateway.config import get_settings

log = logging.getLogger(__name__)

XAI_BASE_URL = "https://api.x.ai/v1"


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    cfg = get_settings().llm
    return OpenAI(api_key=cfg.openai_api_key, timeout=cfg.request_timeout_s, max_retries=2)


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    cfg = get_settings().llm
    return anthropic.Anthropic(api_key=cfg.anthropic_api_key, timeout=cfg.request_timeout_s)


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    # used by the shift report job, which runs under asyncio
    cfg = get_settings().llm
    return anthropic.AsyncAnthropic(api_key=cfg.anthropic_api_key, timeout=cfg.request_timeout_s * 2)


@lru_cache(maxsize=1)
def get_genai_client() -> genai.Client:
    cfg = get_settings().llm
    return genai.Client(api_key=cfg.google_api_key)


@lru_cache(maxsize=1)
def get_voyage_client() -> voyageai.Client:
    cfg = get_settings().llm
    return voyageai.Client(api_key=cfg.voyage_api_key, max_retries=3)


@lru_cache(maxsize=1)
def get_xai_client() -> OpenAI:
    """Grok is OpenAI-compatible, so we reuse the openai SDK."""
    cfg = get_settings().llm
    return OpenAI(api_key=cfg.xai_api_key, base_url=XAI_BASE_URL, timeout=cfg.request_timeout_s)


def build_llm_bundle() -> dict:
    """Clients handed to paho via ``user_data_set``.

    Built eagerly at startup so a bad key fails fast instead of on the
    first alarm burst at 3am.
    """
    bundle = {
        "openai": get_openai_client(),
        "anthropic": get_anthropic_client(),
        "genai": get_genai_client(),
        "voyage": get_voyage_client(),
        "xai": get_xai_client(),
    }
    log.info("llm bundle ready: %s", ", ".join(sorted(bundle)))
    return bundle
