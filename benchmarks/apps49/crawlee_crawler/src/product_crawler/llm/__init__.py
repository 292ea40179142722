"""LLM helpers: client factories, prompts and task-specific wrappers."""

from product_crawler.llm.clients import (
    get_anthropic_client,
    get_async_openai_client,
    get_async_voyage_client,
    get_fireworks_client,
    get_genai_client,
    get_openai_client,
    get_sync_anthropic_client,
    get_voyage_client,
)
from product_crawler.llm.prompts import build_classification_prompt, build_summary_prompt

# historical alias, a lot of scripts still import `llm.openai_client`
openai_client = get_openai_client

__all__ = [
    "get_anthropic_client",
    "get_async_openai_client",
    "get_async_voyage_client",
    "get_fireworks_client",
    "get_genai_client",
    "get_openai_client",
    "get_sync_anthropic_client",
    "get_voyage_client",
    "openai_client",
    "build_classification_prompt",
    "build_summary_prompt",
]
