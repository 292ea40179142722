"""Support package for the LLM plugins of our Sopel bot."""
from __future__ import annotations

from .clients import (
    MEMORY_KEY,
    OPENROUTER_BASE_URL,
    build_clients,
    close_clients,
    ensure_clients,
    get_anthropic_client,
    get_mistral_client,
    get_openai_client,
)
from .config import DigestSection, LLMSection, ModerationSection, TranslateSection
from .store import ConversationStore

__all__ = [
    "MEMORY_KEY",
    "OPENROUTER_BASE_URL",
    "ConversationStore",
    "DigestSection",
    "LLMSection",
    "ModerationSection",
    "TranslateSection",
    "build_clients",
    "close_clients",
    "configure_section",
    "ensure_clients",
    "get_anthropic_client",
    "get_mistral_client",
    "get_openai_client",
    "openai_client",
    "anthropic_client",
]


def configure_section(bot) -> None:
    bot.settings.define_section("llm", LLMSection)


def openai_client(bot):
    return ensure_clients(bot)["openai"]


def anthropic_client(bot):
    return ensure_clients(bot)["anthropic"]
