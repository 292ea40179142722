"""Shared AI helpers for the site.

Import clients from here rather than from ``ai.clients`` directly; the
module layout is still moving (see services/).
"""
from .clients import (  # noqa: F401
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_openai_client,
    get_cohere_client,
    get_mistral_client,
    get_openai_client,
    get_perplexity_client,
)

default_app_config = "ai.apps.AIConfig"
