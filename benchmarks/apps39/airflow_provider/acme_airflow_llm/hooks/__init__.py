"""Hooks re-exported for convenience: ``from acme_airflow_llm.hooks import OpenAIHook``."""
from __future__ import annotations

from acme_airflow_llm.hooks.anthropic import AnthropicHook
from acme_airflow_llm.hooks.bedrock import BedrockRuntimeHook
from acme_airflow_llm.hooks.cohere import CohereHook
from acme_airflow_llm.hooks.groq import GroqHook
from acme_airflow_llm.hooks.openai import AzureOpenAIHook, OpenAIHook

__all__ = [
    "AnthropicHook",
    "AzureOpenAIHook",
    "BedrockRuntimeHook",
    "CohereHook",
    "GroqHook",
    "OpenAIHook",
]
