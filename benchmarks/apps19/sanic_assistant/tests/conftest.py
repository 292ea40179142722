from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.config import Settings

from .fakes import FakeAnthropic, FakeOpenAI


@pytest.fixture
def settings():
    return Settings(env="test", openai_api_key="sk-test", anthropic_api_key="test")


@pytest.fixture
def fake_ctx():
    return SimpleNamespace(
        openai=FakeOpenAI("hello from openai"),
        groq=FakeOpenAI('{"category": "billing", "priority": 2, "sentiment": "negative", "summary": "refund"}'),
        cerebras=FakeOpenAI("fast"),
        together=FakeOpenAI("together"),
        anthropic=FakeAnthropic(),
    )


@pytest.fixture
def app(settings, fake_ctx, monkeypatch):
    from assistant import listeners
    from assistant.app import create_app

    # don't touch the network or the DB in listeners
    monkeypatch.setattr(listeners, "register_listeners", lambda app: None)
    app = create_app(settings, with_worker=False)

    @app.before_server_start
    async def install_fakes(app):
        for k, v in vars(fake_ctx).items():
            setattr(app.ctx, k, v)

    return app
