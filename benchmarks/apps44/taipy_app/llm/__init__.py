"""LLM helpers shared by the GUI pages, the taipy.core task functions and the scripts.

Most callers should import from here rather than from the submodules; the
submodule layout has changed twice already.
"""
from llm.clients import (
    get_anthropic_client,
    get_bedrock_runtime,
    get_openai_client,
    get_together_client,
    openai_async_client,
)
from llm.prompts import build_classification_prompt, build_summary_prompt, render_chat_history
from llm.registry import COMPLETERS, complete_with

__all__ = [
    "get_anthropic_client",
    "get_bedrock_runtime",
    "get_openai_client",
    "get_together_client",
    "openai_async_client",
    "build_classification_prompt",
    "build_summary_prompt",
    "render_chat_history",
    "COMPLETERS",
    "complete_with",
]
