"""Client factories.

Clients are cached per process. Inkscape starts a fresh Python process for
every extension run, so in practice this only matters for the batch
scripts in ``scripts/`` and for the tests.
"""

from functools import lru_cache

import anthropic
from google import genai
from huggingface_hub import InferenceClient
from openai import OpenAI

from .errors import MissingCredentials
from .settings import ENV_KEYS, load_settings

OPENROUTER_BASE_URL = "https://openrouter.ai/api/v1"


def _require_key(provider):
    settings = load_settings()
    key = settings.key_for(provider)
    if not key:
        raise MissingCredentials(provider, ENV_KEYS[provider])
    return key, settings


@lru_cache(maxsize=None)
def get_openai_client():
    key, settings = _require_key("openai")
    return OpenAI(api_key=key, timeout=settings.timeout, max_retries=2)


@lru_cache(maxsize=None)
def get_anthropic_client():
    key, settings = _require_key("anthropic")
    return anthropic.Anthropic(api_key=key, timeout=settings.timeout)


@lru_cache(maxsize=None)
def get_genai_client():
    key, _ = _require_key("google")
    return genai.Client(api_key=key)


@lru_cache(maxsize=None)
def get_hf_client(model=None):
    # HF_TOKEN is optional for some free models, but rate limits are brutal
    settings = load_settings()
    return InferenceClient(model=model, token=settings.key_for("huggingface"),
                           timeout=settings.timeout)


@lru_cache(maxsize=None)
def get_openrouter_client():
    key, settings = _require_key("openrouter")
    return OpenAI(
        base_url=OPENROUTER_BASE_URL,
        api_key=key,
        timeout=settings.timeout,
        default_headers={
            "HTTP-Referer": settings.openrouter_referer,
            "X-Title": "Inkscape AI Tools",
        },
    )


def reset_clients():
    """Used by the tests and by the settings check extension."""
    for fn in (get_openai_client, get_anthropic_client, get_genai_client,
               get_hf_client, get_openrouter_client):
        fn.cache_clear()
    load_settings.cache_clear()
