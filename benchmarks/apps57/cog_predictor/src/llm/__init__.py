"""Hosted-LLM plumbing: client factories, router, tracked service."""
from src.llm.clients import (
    clear_client_cache,
    get_anthropic,
    get_async_anthropic,
    get_async_openai,
    get_fireworks,
    get_openai,
    get_replicate,
    get_voyage,
    make_fireworks_client,
)
from src.llm.multi_model_service import TaskComplexity, multi_model_service
from src.llm.router import Completion, LLMRouter
from src.llm.tracking import llm_tracker

__all__ = [
    "Completion",
    "LLMRouter",
    "TaskComplexity",
    "clear_client_cache",
    "get_anthropic",
    "get_async_anthropic",
    "get_async_openai",
    "get_fireworks",
    "get_openai",
    "get_replicate",
    "get_voyage",
    "llm_tracker",
    "make_fireworks_client",
    "multi_model_service",
]
