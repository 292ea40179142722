from __future__ import annotations

from unittest import mock

import pytest

from llm import router as router_mod
from tests.fakes import FakeAsyncAnthropic, FakeAsyncOpenAI


@pytest.fixture
def router(monkeypatch):
    monkeypatch.setattr(router_mod, "get_async_openai", lambda: FakeAsyncOpenAI("hello"))
    monkeypatch.setattr(router_mod, "get_async_anthropic", lambda: FakeAsyncAnthropic("bonjour"))
    return router_mod.ModelRouter()


async def test_anthropic_route(router):
    res = await router.complete("summarize", [{"role": "user", "content": "x"}])
    assert res.text == "bonjour"
    assert res.provider == "anthropic"


async def test_fallback_to_openai(router):
    router._anthropic.messages.create = mock.AsyncMock(side_effect=TimeoutError)
    res = await router.complete("summarize", [{"role": "user", "content": "x"}])
    assert res.provider == "openai"
    assert res.text == "hello"


def test_unknown_purpose(router):
    with pytest.raises(ValueError):
        router.route_for("nope")


async def test_mocked_openai_client():
    client = mock.MagicMock()
    client.chat.completions.create = mock.AsyncMock(
        return_value=mock.Mock(choices=[mock.Mock(message=mock.Mock(content="ok"))], usage=None)
    )
    r = router_mod.ModelRouter.__new__(router_mod.ModelRouter)
    r._openai = client
    res = await r._dispatch(router_mod.Route("openai", "gpt-4o-mini"), [{"role": "user", "content": "x"}], None)
    assert res.text == "ok"
