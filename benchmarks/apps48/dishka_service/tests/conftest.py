from __future__ import annotations

import pytest
import voyageai
from anthropic import AsyncAnthropic
from dishka import Provider, Scope, make_async_container, provide
from mistralai import Mistral
from openai import AsyncOpenAI

from app.config import Settings
from app.ioc.clients import BedrockRuntime
from app.ioc.services import ServicesProvider
from tests.fakes import FakeAnthropic, FakeBedrockRuntime, FakeMistral, FakeOpenAI, FakeVoyage


class FakeClientsProvider(Provider):
    scope = Scope.APP

    def __init__(self, openai, anthropic, voyage, mistral, bedrock) -> None:
        super().__init__()
        self._fakes = (openai, anthropic, voyage, mistral, bedrock)

    @provide
    def settings(self) -> Settings:
        return Settings(openai_api_key="x", anthropic_api_key="x", embedding_backend="voyage")

    @provide
    def openai_client(self) -> AsyncOpenAI:
        return self._fakes[0]

    @provide
    def anthropic_client(self) -> AsyncAnthropic:
        return self._fakes[1]

    @provide
    def voyage_client(self) -> voyageai.AsyncClient:
        return self._fakes[2]

    @provide
    def mistral_client(self) -> Mistral:
        return self._fakes[3]

    @provide
    def bedrock_runtime(self) -> BedrockRuntime:
        return self._fakes[4]


@pytest.fixture
def fake_openai() -> FakeOpenAI:
    return FakeOpenAI()


@pytest.fixture
def fake_anthropic() -> FakeAnthropic:
    return FakeAnthropic()


@pytest.fixture
def fake_voyage() -> FakeVoyage:
    return FakeVoyage()


@pytest.fixture
async def container(fake_openai, fake_anthropic, fake_voyage):
    c = make_async_container(
        FakeClientsProvider(fake_openai, fake_anthropic, fake_voyage, FakeMistral(), FakeBedrockRuntime()),
        ServicesProvider(),
    )
    yield c
    await c.close()
