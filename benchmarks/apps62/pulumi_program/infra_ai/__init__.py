"""LLM helpers shared by the Pulumi program, dynamic providers and automation scripts.

Historically every module built its own client; new code should go through the
factories in :mod:`infra_ai.clients` (and, where possible, the platform
``multi_model_service`` so usage is tracked).
"""
from infra_ai.clients import (
    get_anthropic,
    get_async_openai,
    get_bedrock_runtime,
    get_genai,
    get_groq,
    get_openai,
)
from infra_ai.switch import ProviderSwitch, complete_text

__all__ = [
    "get_anthropic",
    "get_async_openai",
    "get_bedrock_runtime",
    "get_genai",
    "get_groq",
    "get_openai",
    "ProviderSwitch",
    "complete_text",
]
