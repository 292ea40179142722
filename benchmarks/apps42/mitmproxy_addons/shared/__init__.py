"""Shared helpers for the traffic-intel mitmproxy addons.

Client factories live in :mod:`shared.clients`; prompt builders in
:mod:`shared.prompts`.  Most addons only need the re-exports below.
"""
from shared.clients import (
    get_anthropic,
    get_async_openai,
    make_deepseek_client,
    make_genai_client,
    make_groq_client,
    make_openai_client,
)
from shared.prompts import build_classification_prompt, build_summary_prompt
from shared.registry import registry

__all__ = [
    "get_anthropic",
    "get_async_openai",
    "make_deepseek_client",
    "make_genai_client",
    "make_groq_client",
    "make_openai_client",
    "build_classification_prompt",
    "build_summary_prompt",
    "registry",
]
