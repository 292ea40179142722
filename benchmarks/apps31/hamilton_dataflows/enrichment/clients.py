"""Provider clients.

Two ways in:

* as Hamilton nodes: include this module in the driver and any dataflow function
  can take ``openai_client`` / ``anthropic_client`` / ... as a parameter;
* as cached getters (``get_openai()`` etc.) for scripts and legacy code that
  does not run through the driver.

The @config.when variants let us point the "openai" client at Azure in prod.
"""
from __future__ import annotations

import functools
import logging

import anthropic
import replicate
import voyageai
from cerebras.cloud.sdk import Cerebras
from google import genai
from hamilton.function_modifiers import config
from openai import AsyncOpenAI, AzureOpenAI, OpenAI
from together import Together

from enrichment.settings import SETTINGS

logger = logging.getLogger(__name__)


# --------------------------------------------------------------------------- #
# Hamilton nodes
# --------------------------------------------------------------------------- #


@config.when_not(openai_backend="azure")
def openai_client__public(request_timeout_s: float = 60.0) -> OpenAI:
    return OpenAI(api_key=SETTINGS.openai_api_key, timeout=request_timeout_s, max_retries=3)


@config.when(openai_backend="azure")
def openai_client__azure(request_timeout_s: float = 60.0) -> OpenAI:
    return AzureOpenAI(
        azure_endpoint=SETTINGS.azure_endpoint,
        api_key=SETTINGS.azure_api_key,
        api_version=SETTINGS.azure_api_version,
        timeout=request_timeout_s,
    )


def async_openai_client(request_timeout_s: float = 60.0) -> AsyncOpenAI:
    return AsyncOpenAI(api_key=SETTINGS.openai_api_key, timeout=request_timeout_s)


def anthropic_client(request_timeout_s: float = 60.0) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=SETTINGS.anthropic_api_key, timeout=request_timeout_s)


def voyage_client() -> voyageai.Client:
    return voyageai.Client(api_key=SETTINGS.voyage_api_key, max_retries=3)


def together_client() -> Together:
    return Together(api_key=SETTINGS.together_api_key)


def cerebras_client() -> Cerebras:
    return Cerebras(api_key=SETTINGS.cerebras_api_key)


def genai_client() -> genai.Client:
    return genai.Client(api_key=SETTINGS.gemini_api_key)


def replicate_client() -> replicate.Client:
    return replicate.Client(api_token=SETTINGS.replicate_api_token)


# --------------------------------------------------------------------------- #
# Cached getters (outside the DAG)
# --------------------------------------------------------------------------- #


@functools.lru_cache(maxsize=1)
def get_openai() -> OpenAI:
    logger.debug("building shared OpenAI client")
    return OpenAI(api_key=SETTINGS.openai_api_key, max_retries=3)


@functools.lru_cache(maxsize=1)
def get_anthropic() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=SETTINGS.anthropic_api_key)


@functools.lru_cache(maxsize=1)
def get_async_anthropic() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=SETTINGS.anthropic_api_key)


@functools.lru_cache(maxsize=1)
def get_voyage() -> voyageai.Client:
    return voyageai.Client(api_key=SETTINGS.voyage_api_key)


@functools.lru_cache(maxsize=1)
def get_together() -> Together:
    return Together(api_key=SETTINGS.together_api_key)


@functools.lru_cache(maxsize=1)
def get_genai() -> genai.Client:
    return genai.Client(api_key=SETTINGS.gemini_api_key)


@functools.lru_cache(maxsize=1)
def get_deepseek() -> OpenAI:
    # DeepSeek speaks the OpenAI wire protocol; used for cheap keyword extraction.
    return OpenAI(api_key=SETTINGS.deepseek_api_key, base_url="https://api.deepseek.com")
