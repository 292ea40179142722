import pytest

from core import providers
from core.providers import ProviderSwitch


@pytest.mark.asyncio
async def test_per_chat_override(monkeypatch):
    seen = []

    async def fake_backend(messages, max_tokens):
        seen.append(max_tokens)
        return "ok"

    monkeypatch.setitem(providers.BACKENDS, "groq", fake_backend)
    sw = ProviderSwitch(default="openai")
    sw.set(7, "groq")
    assert sw.current(7) == "groq"
    assert sw.current(8) == "openai"
    assert await sw.complete([{"role": "user", "content": "x"}], chat_id=7, max_tokens=50) == "ok"
    assert seen == [50]


def test_unknown_provider_rejected():
    sw = ProviderSwitch()
    with pytest.raises(KeyError):
        sw.set(1, "nope")


@pytest.mark.asyncio
async def test_groq_backend_uses_client(monkeypatch):
    from tests.fakes import FakeOpenAI

    fake = FakeOpenAI("hi")
    monkeypatch.setattr(providers, "get_groq_client", lambda: fake)
    out = await providers._groq_backend([{"role": "user", "content": "x"}], 10)
    assert out == "hi"
    assert fake.chat.completions.calls[0]["max_tokens"] == 10
