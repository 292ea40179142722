from __future__ import annotations

import anthropic
import cohere
import openai
import pytest
from injector import Binder, Injector, Module, singleton

from supportbot.di.modules import ConfigModule, ServicesModule
from supportbot.keys import (
    DeepSeekClient,
    FastIntentClient,
    GraniteChat,
    GraniteEmbeddings,
    PrimaryChatClient,
    SearchClient,
)
from supportbot.services.multi_model_service import multi_model_service
from supportbot.settings import Settings
from fakes import (
    FakeAsyncAnthropic,
    FakeAsyncOpenAI,
    FakeCohere,
    FakeGranite,
    FakeGraniteEmbeddings,
    FakeOpenAI,
)


class FakeClientsModule(Module):
    """Replaces supportbot.di.clients.LLMClientsModule in tests."""

    def configure(self, binder: Binder) -> None:
        fake_cohere = FakeCohere()
        binder.bind(openai.OpenAI, to=FakeOpenAI(), scope=singleton)
        binder.bind(PrimaryChatClient, to=FakeAsyncOpenAI(), scope=singleton)
        binder.bind(DeepSeekClient, to=FakeOpenAI(reply="deepseek says hi"), scope=singleton)
        binder.bind(FastIntentClient, to=FakeOpenAI(reply="card_declined"), scope=singleton)
        binder.bind(anthropic.AsyncAnthropic, to=FakeAsyncAnthropic(), scope=singleton)
        binder.bind(cohere.ClientV2, to=fake_cohere, scope=singleton)
        binder.bind(SearchClient, to=fake_cohere, scope=singleton)
        binder.bind(GraniteChat, to=FakeGranite(), scope=singleton)
        binder.bind(GraniteEmbeddings, to=FakeGraniteEmbeddings(), scope=singleton)


@pytest.fixture
def settings() -> Settings:
    return Settings(environment="test")


@pytest.fixture
def injector(settings: Settings) -> Injector:
    inj = Injector([ConfigModule(settings), FakeClientsModule(), ServicesModule()], auto_bind=True)
    multi_model_service.bind(inj)
    return inj
