"""Mutable state shared by the REPL, the key bindings and the commands."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ptk_repl.config import Config
from ptk_repl.providers import ProviderRegistry, factory
from ptk_repl.storage import Conversation, ConversationStore


class Clients:
    """Lazy access to raw SDK clients, for commands that need more than chat."""

    @cached_property
    def openai(self):
        return factory.get_openai_client()

    @cached_property
    def async_openai(self):
        return factory.get_async_openai()

    @cached_property
    def anthropic(self):
        return factory.get_async_anthropic()

    @cached_property
    def genai(self):
        return factory.get_genai_client()

    @cached_property
    def perplexity(self):
        return factory.get_perplexity_client()


@dataclass
class AppState:
    config: Config
    registry: ProviderRegistry
    store: ConversationStore
    conversation: Conversation
    clients: Clients = field(default_factory=Clients)
    last_answer: str | None = None
    request_fullscreen: bool = False
    plugins: dict = field(default_factory=dict)
    running: bool = True

    def new_conversation(self) -> Conversation:
        provider = self.registry.active()
        self.conversation = self.store.create(provider.name, provider.model)
        self.last_answer = None
        return self.conversation
