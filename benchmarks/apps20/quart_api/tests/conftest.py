from __future__ import annotations

import pytest

from deskpilot import create_app

from .fakes import FakeAnthropic, FakeCohere, FakeOpenAI


@pytest.fixture
async def app():
    app = create_app("testing")
    async with app.test_app():
        # replace the real clients created in before_serving
        app.openai_client = FakeOpenAI("hello from fake")
        app.config["ANTHROPIC_CLIENT"] = FakeAnthropic()
        app.extensions["cohere"] = FakeCohere()
        app.extensions["deepseek"] = FakeOpenAI("en")
        yield app


@pytest.fixture
def client(app):
    return app.test_client()
