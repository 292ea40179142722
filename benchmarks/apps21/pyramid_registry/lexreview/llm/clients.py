"""Factories for the provider SDK clients.

Everything here is built once at configuration time (see ``lexreview.llm.includeme``)
and shared through the registry. Do not construct clients per request: the SDKs keep
an httpx connection pool inside the client object.
"""
import functools
import logging
import os

import anthropic
import ollama
from fireworks import Fireworks
from ibm_watsonx_ai import APIClient, Credentials
from ibm_watsonx_ai.foundation_models import Embeddings, ModelInference
from openai import AsyncOpenAI, OpenAI
from pyramid.settings import asbool
from together import Together

log = logging.getLogger(__name__)

DEEPSEEK_BASE_URL = "https://api.deepseek.com"
DEFAULT_TIMEOUT = 60.0


def _setting(settings, key, env=None, default=None):
    value = settings.get(key)
    if value:
        return value
    if env and os.environ.get(env):
        return os.environ[env]
    return default


def openai_client_from_settings(settings):
    return OpenAI(
        api_key=_setting(settings, "openai.api_key", "OPENAI_API_KEY"),
        organization=_setting(settings, "openai.organization", "OPENAI_ORG_ID"),
        timeout=float(settings.get("openai.timeout", DEFAULT_TIMEOUT)),
        max_retries=int(settings.get("openai.max_retries", 2)),
    )


def async_openai_client_from_settings(settings):
    return AsyncOpenAI(
        api_key=_setting(settings, "openai.api_key", "OPENAI_API_KEY"),
        timeout=float(settings.get("openai.timeout", DEFAULT_TIMEOUT)),
    )


def anthropic_client_from_settings(settings):
    return anthropic.Anthropic(
        api_key=_setting(settings, "anthropic.api_key", "ANTHROPIC_API_KEY"),
        timeout=float(settings.get("anthropic.timeout", 120.0)),
        max_retries=3,
    )


def async_anthropic_client_from_settings(settings):
    return anthropic.AsyncAnthropic(
        api_key=_setting(settings, "anthropic.api_key", "ANTHROPIC_API_KEY"),
    )


def deepseek_client_from_settings(settings):
    """DeepSeek speaks the OpenAI wire protocol, so we reuse the openai SDK."""
    return OpenAI(
        api_key=_setting(settings, "deepseek.api_key", "DEEPSEEK_API_KEY"),
        base_url=_setting(settings, "deepseek.base_url", default=DEEPSEEK_BASE_URL),
        timeout=float(settings.get("deepseek.timeout", 180.0)),
    )


def async_deepseek_client_from_settings(settings):
    return AsyncOpenAI(
        api_key=_setting(settings, "deepseek.api_key", "DEEPSEEK_API_KEY"),
        base_url=_setting(settings, "deepseek.base_url", default=DEEPSEEK_BASE_URL),
    )


def together_client_from_settings(settings):
    return Together(api_key=_setting(settings, "together.api_key", "TOGETHER_API_KEY"))


def fireworks_client_from_settings(settings):
    return Fireworks(
        api_key=_setting(settings, "fireworks.api_key", "FIREWORKS_API_KEY"),
        timeout=float(settings.get("fireworks.timeout", DEFAULT_TIMEOUT)),
    )


def watsonx_api_client_from_settings(settings):
    credentials = Credentials(
        url=_setting(settings, "watsonx.url", "WATSONX_URL", "https://us-south.ml.cloud.ibm.com"),
        api_key=_setting(settings, "watsonx.api_key", "WATSONX_APIKEY"),
    )
    return APIClient(credentials, project_id=settings.get("watsonx.project_id"))


def watsonx_model(api_client, model_id, params=None):
    return ModelInference(
        model_id=model_id,
        api_client=api_client,
        params=params or {"max_new_tokens": 1024, "temperature": 0.0},
        max_retries=3,
    )


def watsonx_embeddings(api_client, model_id="ibm/slate-125m-english-rtrvr-v2"):
    return Embeddings(model_id=model_id, api_client=api_client)


@functools.lru_cache(maxsize=4)
def get_ollama_client(host=None):
    """Cached per host; the on-prem box is shared by the web app and the worker."""
    host = host or os.environ.get("OLLAMA_HOST", "http://127.0.0.1:11434")
    log.debug("creating ollama client for %s", host)
    return ollama.Client(host=host, timeout=300)


def ollama_enabled(settings):
    return asbool(settings.get("ollama.enabled", True))
