import pytest

from services import registry
from tests.fakes import FakeAsyncAnthropic


@pytest.mark.asyncio
async def test_claude_entry_uses_client_factory(monkeypatch):
    fake = FakeAsyncAnthropic("hello from fake")
    monkeypatch.setattr(registry, "get_anthropic_client", lambda: fake)
    out = await registry.get_answerer("Claude")("hi", "sys")
    assert out == "hello from fake"
    assert fake.messages.calls[0]["system"] == "sys"


@pytest.mark.asyncio
async def test_routed_entry_goes_through_service(monkeypatch):
    seen = {}

    async def fake_generate(**kwargs):
        seen.update(kwargs)
        return "routed"

    monkeypatch.setattr(registry.multi_model_service, "generate_response", fake_generate)
    assert await registry.get_answerer("Routed (tracked)")("q", "s") == "routed"
    assert seen["task_type"] == "compare"


def test_unknown_provider():
    with pytest.raises(ValueError):
        registry.get_answerer("Nope")
