"""Pluggable model providers.

Importing this package registers every provider module.
"""
from claimsdoc.providers.base import BaseProvider, Completion
from claimsdoc.providers.registry import available, get_provider, override, register

# registration side effects
from claimsdoc.providers import (  # noqa: E402,F401
    anthropic_provider,
    bedrock_provider,
    hf_provider,
    mistral_provider,
    ollama_provider,
    openai_provider,
    watsonx_provider,
)

__all__ = ["BaseProvider", "Completion", "available", "get_provider", "override", "register"]
