"""Client factories for the LLM providers used by the enrichment blocks.

Every block runs in its own process under the Mage executor, so the
clients are cached per-process with lru_cache. Secrets come from the Mage
secret store first and fall back to env vars for local runs.
"""
import logging
import os
from functools import lru_cache
from typing import Optional

import anthropic
import cohere
import litellm
from openai import AsyncOpenAI, OpenAI
from together import Together

logger = logging.getLogger(__name__)

TOGETHER_BASE_URL = 'https://api.together.xyz/v1'


def _secret(name: str, env_name: Optional[str] = None) -> Optional[str]:
    try:
        from mage_ai.data_preparation.shared.secrets import get_secret_value

        value = get_secret_value(name)
        if value:
            return value
    except Exception:  # noqa: BLE001 - secret store unavailable outside Mage
        logger.debug('secret store unavailable, falling back to env for %s', name)
    return os.getenv(env_name or name.upper())


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(
        api_key=_secret('openai_api_key', 'OPENAI_API_KEY'),
        timeout=60.0,
        max_retries=3,
    )


@lru_cache(maxsize=1)
def get_async_openai_client() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=_secret('openai_api_key', 'OPENAI_API_KEY'))


@lru_cache(maxsize=1)
def get_anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(
        api_key=_secret('anthropic_api_key', 'ANTHROPIC_API_KEY'),
        max_retries=4,
    )


@lru_cache(maxsize=1)
def get_cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=_secret('cohere_api_key', 'CO_API_KEY'))


@lru_cache(maxsize=1)
def get_together_client() -> Together:
    return Together(api_key=_secret('together_api_key', 'TOGETHER_API_KEY'))


@lru_cache(maxsize=1)
def together_openai_compat() -> OpenAI:
    """Together through the OpenAI SDK.

    Kept because the sentiment block was written against the OpenAI client
    before we added the together package. TODO(maria): migrate to
    get_together_client() and delete.
    """
    return OpenAI(
        api_key=_secret('together_api_key', 'TOGETHER_API_KEY'),
        base_url=TOGETHER_BASE_URL,
    )


@lru_cache(maxsize=1)
def get_async_anthropic_client() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=_secret('anthropic_api_key', 'ANTHROPIC_API_KEY'))


def client_for(provider: str):
    """Look up a client by provider name (used by notebooks and scripts)."""
    factories = {
        'openai': get_openai_client,
        'anthropic': get_anthropic_client,
        'cohere': get_cohere_client,
        'together': get_together_client,
    }
    try:
        return factories[provider]()
    except KeyError:
        raise ValueError(f'unknown provider {provider!r}') from None


def configure_litellm() -> None:
    """Set provider keys for litellm from the Mage secret store."""
    os.environ.setdefault('OPENAI_API_KEY', _secret('openai_api_key', 'OPENAI_API_KEY') or '')
    os.environ.setdefault(
        'ANTHROPIC_API_KEY', _secret('anthropic_api_key', 'ANTHROPIC_API_KEY') or ''
    )
    os.environ.setdefault(
        'TOGETHERAI_API_KEY', _secret('together_api_key', 'TOGETHER_API_KEY') or ''
    )
    litellm.drop_params = True
    litellm.num_retries = 2
    litellm.request_timeout = 90


# module-level default used by older blocks; prefer get_openai_client()
openai_client = get_openai_client()
