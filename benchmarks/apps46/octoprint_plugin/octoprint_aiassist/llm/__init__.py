# coding=utf-8
from __future__ import absolute_import, unicode_literals

from .backends import LLMResult
from .clients import (get_anthropic_client, get_genai_client, get_ollama_client,
                      get_openai_client, get_openrouter_client, reset_clients)
from .multi_model_service import TaskComplexity, multi_model_service
from .registry import registry
from .tracking import llm_tracker

__all__ = [
    "LLMResult",
    "TaskComplexity",
    "get_anthropic_client",
    "get_genai_client",
    "get_ollama_client",
    "get_openai_client",
    "get_openrouter_client",
    "llm_tracker",
    "multi_model_service",
    "registry",
    "reset_clients",
]
