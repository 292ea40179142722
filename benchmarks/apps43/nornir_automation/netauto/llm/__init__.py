"""LLM helpers for netauto.

Import clients from here rather than from ``netauto.llm.clients`` directly,
so we can swap implementations in tests.
"""
from netauto.llm.clients import (
    LLMBundle,
    get_async_openai_client,
    get_bedrock_runtime,
    get_mistral_client,
    get_openai_client,
    make_anthropic_client,
    make_watsonx_embeddings,
    make_watsonx_model,
)
from netauto.llm.prompts import EXPLAIN_DIFF_SYSTEM, SUMMARY_SYSTEM, render_diff_prompt

__all__ = [
    "LLMBundle",
    "get_async_openai_client",
    "get_bedrock_runtime",
    "get_mistral_client",
    "get_openai_client",
    "make_anthropic_client",
    "make_watsonx_embeddings",
    "make_watsonx_model",
    "EXPLAIN_DIFF_SYSTEM",
    "SUMMARY_SYSTEM",
    "render_diff_prompt",
]
