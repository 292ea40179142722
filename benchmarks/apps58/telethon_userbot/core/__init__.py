"""Core plumbing: client factories, provider switch, usage tracking."""
from core.clients import (
    get_anthropic_client,
    get_genai_client,
    get_groq_client,
    get_openai_client,
    get_sync_openai_client,
    get_xai_client,
)
from core.providers import ProviderSwitch, provider_switch

__all__ = [
    "get_anthropic_client",
    "get_genai_client",
    "get_groq_client",
    "get_openai_client",
    "get_sync_openai_client",
    "get_xai_client",
    "ProviderSwitch",
    "provider_switch",
]
