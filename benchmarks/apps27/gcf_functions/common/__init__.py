"""Shared code for the content-ops Cloud Functions.

scripts/deploy.py copies this package next to each function's main.py
before `gcloud functions deploy`, so imports are always `from common ...`.
"""
from common.clients import (
    get_anthropic_client,
    get_async_openai_client,
    get_cohere_client,
    get_deepseek_client,
    get_genai_client,
    get_mistral_client,
    get_openai_client,
)
from common.config import get_settings
from common.secrets import Secrets

__all__ = [
    "Secrets",
    "get_anthropic_client",
    "get_async_openai_client",
    "get_cohere_client",
    "get_deepseek_client",
    "get_genai_client",
    "get_mistral_client",
    "get_openai_client",
    "get_settings",
]
