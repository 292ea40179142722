"""LLM helpers used by the CI master (log summaries, flaky triage, release notes).

Most callers should import from here rather than from the submodules so we can
swap providers without touching every step.
"""
from llm.clients import (
    get_openai_client,
    get_async_openai_client,
    get_anthropic_client,
    get_bedrock_runtime,
    get_cohere_client,
    reset_clients,
)
from llm.settings import LLMSettings, load_settings

# re-exported for the steps that predate the factories (see custom_steps/legacy_*)
openai_client = get_openai_client

__all__ = [
    "get_openai_client",
    "get_async_openai_client",
    "get_anthropic_client",
    "get_bedrock_runtime",
    "get_cohere_client",
    "reset_clients",
    "openai_client",
    "LLMSettings",
    "load_settings",
]
