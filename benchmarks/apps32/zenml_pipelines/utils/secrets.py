"""Fetch API keys from the ZenML secret store (with env fallback for local runs)."""

from __future__ import annotations

import logging
import os
from functools import lru_cache
from typing import Dict

from zenml.client import Client

logger = logging.getLogger(__name__)

_ENV_FALLBACK = {
    "openai_api_key": "OPENAI_API_KEY",
    "anthropic_api_key": "ANTHROPIC_API_KEY",
    "mistral_api_key": "MISTRAL_API_KEY",
    "google_api_key": "GOOGLE_API_KEY",
    "together_api_key": "TOGETHER_API_KEY",
    "voyage_api_key": "VOYAGE_API_KEY",
    "hf_token": "HF_TOKEN",
}


@lru_cache(maxsize=4)
def load_llm_secrets(secret_name: str = "llm_api_keys") -> Dict[str, str]:
    try:
        secret = Client().get_secret(secret_name)
        return dict(secret.secret_values)
    except KeyError:
        logger.warning("ZenML secret %s not found, falling back to env", secret_name)
    except Exception:  # noqa: BLE001 - no server configured in local dev
        logger.exception("could not reach the ZenML secret store")
    return {k: os.environ.get(v, "") for k, v in _ENV_FALLBACK.items()}


def get_key(name: str, secret_name: str = "llm_api_keys") -> str:
    value = load_llm_secrets(secret_name).get(name)
    if not value:
        env_name = _ENV_FALLBACK.get(name, name.upper())
        value = os.environ.get(env_name, "")
    return value
