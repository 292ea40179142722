"""LLM client factories and routing.

Prefer ``docproc.services.multi_model_service`` for new code; these getters are
what the older tasks (and the worker context) use.
"""
from llm.clients import (
    get_anthropic,
    get_async_anthropic,
    get_async_openai,
    get_async_voyage,
    get_mistral,
    get_openai,
    get_voyage,
)
from llm.watsonx import get_granite

__all__ = [
    "get_anthropic",
    "get_async_anthropic",
    "get_async_openai",
    "get_async_voyage",
    "get_granite",
    "get_mistral",
    "get_openai",
    "get_voyage",
]
