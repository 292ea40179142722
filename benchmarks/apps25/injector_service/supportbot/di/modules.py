"""Configuration and service-level modules.

``LLMClientsModule`` lives in ``clients.py`` because tests swap it out whole.
"""
from __future__ import annotations

from injector import Binder, Module, provider, singleton

from supportbot.keys import FeatureFlags, RequestTimeout
from supportbot.services import (
    ArticleIndex,
    ConversationService,
    GroundedAnswerService,
    TicketRepository,
    TriageService,
)
from supportbot.services.llm_usage_tracker import LLMUsageTracker, llm_tracker
from supportbot.services.tickets import TicketReferenceGenerator
from supportbot.settings import Settings, load_settings


class ConfigModule(Module):
    def __init__(self, settings: Settings | None = None) -> None:
        self._settings = settings

    def configure(self, binder: Binder) -> None:
        settings = self._settings or load_settings()
        binder.bind(Settings, to=settings, scope=singleton)
        binder.bind(RequestTimeout, to=RequestTimeout(45.0))

    @singleton
    @provider
    def provide_flags(self, settings: Settings) -> FeatureFlags:
        return FeatureFlags(settings.feature_flags)


class ServicesModule(Module):
    def configure(self, binder: Binder) -> None:
        # the tracker is a module global (see llm_usage_tracker); bind the same
        # instance so injected and imported uses share one sink
        binder.bind(LLMUsageTracker, to=llm_tracker)
        binder.bind(ArticleIndex, scope=singleton)
        binder.bind(TicketReferenceGenerator, scope=singleton)
        binder.bind(TicketRepository, scope=singleton)
        binder.bind(ConversationService)
        binder.bind(TriageService)
        binder.bind(GroundedAnswerService)
