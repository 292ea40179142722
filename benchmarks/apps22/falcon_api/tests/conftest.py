from __future__ import annotations

from types import SimpleNamespace
from unittest import mock

import pytest

from recruit_api.config import Settings
from tests.fakes import FakeAnthropic, FakeOpenAI, FakeVoyage


@pytest.fixture
def settings(tmp_path):
    return Settings(env="test", database_path=str(tmp_path / "test.sqlite3"), api_keys=("k",))


@pytest.fixture
def registry():
    return SimpleNamespace(
        openai=FakeOpenAI(),
        anthropic=FakeAnthropic(),
        gemini=mock.MagicMock(name="gemini"),
        mistral=mock.MagicMock(name="mistral"),
        voyage=FakeVoyage(),
        async_openai=FakeOpenAI(),
        async_anthropic=mock.AsyncMock(name="async_anthropic"),
        async_voyage=mock.AsyncMock(name="async_voyage"),
        http=mock.AsyncMock(name="http"),
    )


@pytest.fixture
def client(settings, registry):
    from falcon import testing

    from recruit_api.app import create_app

    app = create_app(settings, registry=registry)
    return testing.TestClient(app, headers={"X-API-Key": "k"})
