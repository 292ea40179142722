from unittest.mock import AsyncMock, patch

import pytest

from gateway.llm.registry import ProviderEntry, ProviderRegistry
from gateway.procedures.chat import ChatProcedures
from tests.fakes import FakeOpenAI


def make_registry(clients):
    reg = ProviderRegistry()
    reg.add(ProviderEntry("openai", "openai", lambda: clients["openai"], "gpt-4o-mini"))
    reg.add(ProviderEntry("anthropic", "anthropic", lambda: clients["anthropic"], "claude-x"), "claude")
    return reg


async def test_chat_routes_to_registry(settings, clients, store):
    procs = ChatProcedures(make_registry(clients), store, settings, clients)
    out = await procs.chat("c1", "hi", provider="openai")
    assert out["text"] == "hello"
    assert clients["openai"].calls[0][0] == "chat.completions.create"


async def test_chat_alias(settings, clients, store):
    procs = ChatProcedures(make_registry(clients), store, settings, clients)
    out = await procs.chat("c1", "hi", provider="claude")
    assert out["provider"] == "anthropic"


async def test_quick_uses_cerebras(settings, clients, store):
    procs = ChatProcedures(make_registry(clients), store, settings, clients)
    assert await procs.quick("The quick brown") == "fast"


async def test_tracked_path(clients, store):
    from gateway.config import Settings

    s = Settings(feature_flags={"tracked_chat": True})
    procs = ChatProcedures(make_registry(clients), store, s, clients)
    with patch("gateway.procedures.chat.multi_model_service") as mms:
        mms.generate_response = AsyncMock(return_value={"text": "tracked"})
        out = await procs.chat("c1", "hi", provider="openai")
    assert out["text"] == "tracked"
    assert clients["openai"].calls == []


async def test_fake_directly():
    fake = FakeOpenAI(reply="x")
    resp = await fake.chat.completions.create(model="m", messages=[])
    assert resp.choices[0].message.content == "x"


async def test_unknown_provider(settings, clients, store):
    from autobahn.wamp.exception import ApplicationError

    procs = ChatProcedures(make_registry(clients), store, settings, clients)
    with pytest.raises(ApplicationError):
        await procs.chat("c1", "hi", provider="nope")
