"""Injector assembly.

    from supportbot.di import build_injector
    injector = build_injector()
    svc = injector.get(ConversationService)
"""
from __future__ import annotations

from collections.abc import Iterable

from injector import Injector, Module

from supportbot.di.clients import LLMClientsModule
from supportbot.di.modules import ConfigModule, ServicesModule
from supportbot.settings import Settings

__all__ = ["ConfigModule", "LLMClientsModule", "ServicesModule", "build_injector", "default_modules"]


def default_modules(settings: Settings | None = None) -> list[Module]:
    return [ConfigModule(settings), LLMClientsModule(), ServicesModule()]


def build_injector(
    settings: Settings | None = None,
    *,
    extra: Iterable[Module] = (),
    modules: Iterable[Module] | None = None,
) -> Injector:
    """Build the process injector.

    ``modules`` replaces the defaults entirely (tests); ``extra`` is appended
    and may override earlier bindings (worker, scripts).
    """
    mods = list(modules) if modules is not None else default_modules(settings)
    mods.extend(extra)
    return Injector(mods, auto_bind=True)
