"""Provider client construction.

Clients are created lazily and cached per (provider, key) so that switching
keys in the settings dialog takes effect without restarting the app.
"""
from __future__ import annotations

import functools
import logging
import threading

import anthropic
import cohere
import google.generativeai as genai
import ollama
from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import ModelInference
from openai import AsyncOpenAI, OpenAI

from quillpad.settings import app_settings

log = logging.getLogger(__name__)

DEEPSEEK_BASE_URL = "https://api.deepseek.com"
OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"

_lock = threading.Lock()
_gemini_configured_key: str | None = None


@functools.lru_cache(maxsize=4)
def _openai_for_key(api_key: str) -> OpenAI:
    return OpenAI(api_key=api_key, timeout=60, max_retries=2)


def get_openai_client() -> OpenAI:
    return _openai_for_key(app_settings().api_key("openai"))


def get_async_openai_client() -> AsyncOpenAI:
    # Not cached: AsyncOpenAI binds to the running loop's transport.
    return AsyncOpenAI(api_key=app_settings().api_key("openai"))


@functools.lru_cache(maxsize=4)
def _anthropic_for_key(api_key: str) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=api_key, max_retries=3)


def get_anthropic_client() -> anthropic.Anthropic:
    return _anthropic_for_key(app_settings().api_key("anthropic"))


@functools.lru_cache(maxsize=2)
def get_deepseek_client() -> OpenAI:
    return OpenAI(api_key=app_settings().api_key("deepseek"), base_url=DEEPSEEK_BASE_URL)


@functools.lru_cache(maxsize=2)
def get_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=app_settings().api_key("cohere"))


def get_ollama_client(host: str | None = None) -> ollama.Client:
    host = host or app_settings().provider_config("ollama").base_url
    return ollama.Client(host=host, timeout=120)


def gemini_model(model_name: str | None = None, system_instruction: str | None = None) -> genai.GenerativeModel:
    global _gemini_configured_key
    key = app_settings().api_key("google")
    with _lock:
        if key != _gemini_configured_key:
            genai.configure(api_key=key)
            _gemini_configured_key = key
    name = model_name or app_settings().model_for("google")
    return genai.GenerativeModel(name, system_instruction=system_instruction)


_watsonx_models: dict[str, ModelInference] = {}


def get_watsonx_model(model_id: str | None = None) -> ModelInference:
    cfg = app_settings().provider_config("watsonx")
    model_id = model_id or cfg.model
    with _lock:
        model = _watsonx_models.get(model_id)
        if model is None:
            creds = Credentials(url=cfg.base_url, api_key=cfg.api_key)
            model = ModelInference(
                model_id=model_id,
                credentials=creds,
                project_id=cfg.extra.get("project_id"),
                params={"max_new_tokens": cfg.max_tokens, "temperature": cfg.temperature},
            )
            _watsonx_models[model_id] = model
    return model


def reset_clients() -> None:
    """Called by the settings dialog after keys change."""
    global _gemini_configured_key
    _openai_for_key.cache_clear()
    _anthropic_for_key.cache_clear()
    get_deepseek_client.cache_clear()
    get_cohere_client.cache_clear()
    _watsonx_models.clear()
    _gemini_configured_key = None
    log.info("provider clients reset")
