"""Shared helpers for the AppDaemon apps (loaded via global_modules)."""
from .clients import (
    get_gemini_client,
    make_anthropic_client,
    make_async_anthropic_client,
    make_async_groq_client,
    make_async_ollama_client,
    make_async_openai_client,
    make_groq_client,
    make_ollama_client,
    make_openai_client,
)
from .llm_usage_tracker import llm_tracker
from .multi_model_service import TaskComplexity, multi_model_service

__all__ = [
    "get_gemini_client",
    "make_anthropic_client",
    "make_async_anthropic_client",
    "make_async_groq_client",
    "make_async_ollama_client",
    "make_async_openai_client",
    "make_groq_client",
    "make_ollama_client",
    "make_openai_client",
    "llm_tracker",
    "multi_model_service",
    "TaskComplexity",
]
