"""Client factories for the NPC brain backends.

Everything that needs an SDK client should get it from here so the API keys
and timeouts live in one place. The getters are cached: the SDK clients are
thread-safe and we share them with the worker pool.
"""
from __future__ import annotations

import functools
import logging
import os

import anthropic
import ollama
import replicate
from groq import Groq
from openai import AsyncOpenAI, OpenAI

from settings import AI_SETTINGS

log = logging.getLogger(__name__)

GROQ_OPENAI_COMPAT_URL = "https://api.groq.com/openai/v1"


class MissingKeyError(RuntimeError):
    pass


def _require(var: str) -> str:
    value = os.environ.get(var)
    if not value:
        raise MissingKeyError(f"{var} is not set; run with EMBERFALL_OFFLINE=1 to use canned dialogue")
    return value


@functools.lru_cache(maxsize=None)
def get_openai() -> OpenAI:
    log.debug("creating OpenAI client")
    return OpenAI(
        api_key=_require("OPENAI_API_KEY"),
        timeout=AI_SETTINGS.request_timeout,
        max_retries=1,
    )


@functools.lru_cache(maxsize=None)
def get_async_openai() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=_require("OPENAI_API_KEY"), timeout=AI_SETTINGS.request_timeout)


@functools.lru_cache(maxsize=None)
def get_anthropic() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=_require("ANTHROPIC_API_KEY"), max_retries=2)


@functools.lru_cache(maxsize=None)
def get_groq() -> Groq:
    return Groq(api_key=_require("GROQ_API_KEY"), timeout=AI_SETTINGS.request_timeout)


def groq_compat_client() -> OpenAI:
    """Groq through the OpenAI SDK. Used by the older oracle code path."""
    return OpenAI(base_url=GROQ_OPENAI_COMPAT_URL, api_key=_require("GROQ_API_KEY"))


def make_ollama(host: str | None = None) -> ollama.Client:
    # not cached: tests and the debug console point this at different hosts
    return ollama.Client(host=host or AI_SETTINGS.ollama_host, timeout=AI_SETTINGS.request_timeout)


@functools.lru_cache(maxsize=1)
def get_replicate() -> replicate.Client:
    return replicate.Client(api_token=_require("REPLICATE_API_TOKEN"))


def reset_clients() -> None:
    """Drop cached clients (used after the options menu changes keys)."""
    for getter in (get_openai, get_async_openai, get_anthropic, get_groq, get_replicate):
        getter.cache_clear()
