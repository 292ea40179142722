"""Shared code for the claims platform services."""
from common.clients import (  # noqa: F401  (re-exported)
    get_anthropic_client,
    get_bedrock_claude_client,
    get_bedrock_runtime,
    get_cerebras_client,
    get_deepseek_client,
    get_mistral_client,
    get_openai_client,
    get_perplexity_client,
)
from common.llm_tracking import llm_tracker  # noqa: F401
from common.multi_model_service import TaskComplexity, multi_model_service  # noqa: F401

__all__ = [
    "get_anthropic_client",
    "get_bedrock_claude_client",
    "get_bedrock_runtime",
    "get_cerebras_client",
    "get_deepseek_client",
    "get_mistral_client",
    "get_openai_client",
    "get_perplexity_client",
    "llm_tracker",
    "multi_model_service",
    "TaskComplexity",
]
