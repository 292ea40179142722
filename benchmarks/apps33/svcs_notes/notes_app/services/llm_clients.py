"""Factories for the model provider clients.

These are registered in the svcs registry by :mod:`notes_app.services.registry`.
Jobs and the CLI build their own registry with the same factories.
"""

from __future__ import annotations

import functools
import logging

import anthropic
import ollama
import openai
from google import genai
from together import Together

from notes_app.config import Settings

log = logging.getLogger(__name__)


def make_openai(settings: Settings) -> openai.OpenAI:
    return openai.OpenAI(api_key=settings.openai_api_key, max_retries=2, timeout=30.0)


def make_anthropic(settings: Settings) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=settings.anthropic_api_key)


def make_async_anthropic(settings: Settings) -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=settings.anthropic_api_key)


def make_genai(settings: Settings) -> genai.Client:
    return genai.Client(api_key=settings.gemini_api_key)


def make_together(settings: Settings) -> Together:
    return Together(api_key=settings.together_api_key)


def make_local_openai(settings: Settings) -> openai.OpenAI:
    # Ollama speaks the OpenAI protocol on /v1; the key is ignored.
    return openai.OpenAI(base_url=f"{settings.ollama_host}/v1", api_key="ollama")


def make_ollama(settings: Settings) -> ollama.Client:
    return ollama.Client(host=settings.ollama_host)


@functools.lru_cache(maxsize=1)
def get_openai_client() -> openai.OpenAI:
    """Process-wide client for code that runs outside a request/container.

    Prefer the container in new code; this predates the svcs migration.
    """
    return make_openai(Settings.from_env())


@functools.lru_cache(maxsize=1)
def get_gemini_client() -> genai.Client:
    return make_genai(Settings.from_env())
