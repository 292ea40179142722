"""Shared code for Acme's Zulip bots."""
from botlib.clients import (
    ClientBundle,
    get_anthropic_client,
    get_async_openai_client,
    get_bedrock_runtime,
    get_cohere_client,
    get_openai_client,
    get_perplexity_client,
)
from botlib.config import LLMSettings, load_settings
from botlib.llm import ask_claude, chat_complete, moderate

__all__ = [
    "ClientBundle",
    "LLMSettings",
    "ask_claude",
    "chat_complete",
    "get_anthropic_client",
    "get_async_openai_client",
    "get_bedrock_runtime",
    "get_cohere_client",
    "get_openai_client",
    "get_perplexity_client",
    "load_settings",
    "moderate",
]
