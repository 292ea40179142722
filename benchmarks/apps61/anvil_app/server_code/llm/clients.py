"""Client factories for every LLM provider the console talks to.

Everything is cached per server process. We run with `server_persist: true`
so the interpreter stays warm between calls and re-reading secrets / building
HTTP pools on every request is wasteful.
"""
import functools
import logging
import os

import anvil.secrets
import anthropic
import cohere
import litellm
from google import genai
from openai import AsyncOpenAI, OpenAI

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0

# secret name -> env var used when running tests / scripts outside Anvil
_SECRET_ENV = {
    "openai_key": "OPENAI_API_KEY",
    "anthropic_key": "ANTHROPIC_API_KEY",
    "gemini_key": "GEMINI_API_KEY",
    "cohere_key": "CO_API_KEY",
}


def _secret(name):
    value = None
    try:
        value = anvil.secrets.get_secret(name)
    except Exception:  # not running inside Anvil (tests, scripts)
        log.debug("anvil.secrets unavailable for %s, falling back to env", name)
    if not value:
        value = os.environ.get(_SECRET_ENV.get(name, name.upper()))
    return value


@functools.lru_cache(maxsize=1)
def get_openai_client():
    return OpenAI(
        api_key=_secret("openai_key"),
        timeout=DEFAULT_TIMEOUT,
        max_retries=2,
    )


@functools.lru_cache(maxsize=1)
def get_async_openai_client():
    return AsyncOpenAI(api_key=_secret("openai_key"), timeout=DEFAULT_TIMEOUT)


@functools.lru_cache(maxsize=1)
def get_anthropic_client():
    return anthropic.Anthropic(api_key=_secret("anthropic_key"), max_retries=3)


@functools.lru_cache(maxsize=1)
def get_gemini_client():
    return genai.Client(api_key=_secret("gemini_key"))


@functools.lru_cache(maxsize=1)
def get_cohere_client():
    return cohere.ClientV2(api_key=_secret("cohere_key"), timeout=DEFAULT_TIMEOUT)


_litellm_ready = False


def configure_litellm():
    """litellm reads keys from the environment, so push the Anvil secrets there."""
    global _litellm_ready
    if _litellm_ready:
        return
    for secret_name, env_name in _SECRET_ENV.items():
        value = _secret(secret_name)
        if value:
            os.environ.setdefault(env_name, value)
    litellm.drop_params = True
    litellm.num_retries = 2
    _litellm_ready = True


def reset_clients():
    """Used by tests and by the admin panel after rotating a key."""
    for factory in (
        get_openai_client,
        get_async_openai_client,
        get_anthropic_client,
        get_gemini_client,
        get_cohere_client,
    ):
        factory.cache_clear()
