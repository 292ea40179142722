"""Client factories.

Every SDK client is built here so keys and base URLs live in one place. The
getters are cached; call ``reset_clients()`` after the user changes keys in the
settings window.
"""
from __future__ import annotations

import functools
import logging

import anthropic
import ollama
from groq import AsyncGroq, Groq
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from minutes_mate.config import load_settings

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 60.0


@functools.lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    settings = load_settings()
    return OpenAI(api_key=settings.key_for("openai"), timeout=DEFAULT_TIMEOUT, max_retries=2)


@functools.lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    settings = load_settings()
    return AsyncOpenAI(api_key=settings.key_for("openai"), timeout=DEFAULT_TIMEOUT)


@functools.lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=load_settings().key_for("anthropic"))


@functools.lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=load_settings().key_for("anthropic"))


@functools.lru_cache(maxsize=1)
def get_groq_client() -> Groq:
    return Groq(api_key=load_settings().key_for("groq"))


def make_async_groq(api_key: str | None = None) -> AsyncGroq:
    return AsyncGroq(api_key=api_key or load_settings().key_for("groq"))


@functools.lru_cache(maxsize=1)
def get_mistral_client() -> Mistral:
    return Mistral(api_key=load_settings().key_for("mistral"))


@functools.lru_cache(maxsize=1)
def get_ollama_client() -> ollama.Client:
    return ollama.Client(host=load_settings().ollama_host)


def get_async_ollama_client(host: str | None = None) -> ollama.AsyncClient:
    # not cached: AsyncClient binds to the running loop's httpx transport
    return ollama.AsyncClient(host=host or load_settings().ollama_host)


def reset_clients() -> None:
    for getter in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_async_anthropic_client,
        get_groq_client,
        get_mistral_client,
        get_ollama_client,
    ):
        getter.cache_clear()
    log.info("SDK clients reset")


class ClientBundle:
    """All clients the UI needs, hung on ``app.clients`` at startup."""

    def __init__(self) -> None:
        self.openai = get_openai_client()
        self.async_openai = get_async_openai_client()
        self.anthropic = get_anthropic_client()
        self.groq = get_groq_client()
        self.mistral = get_mistral_client()
        self.ollama = get_ollama_client()

    def refresh(self) -> None:
        reset_clients()
        self.__init__()
