import pytest

from services import summarizer as summarizer_mod
from services.summarizer import Summarizer


@pytest.mark.asyncio
async def test_single_chunk_makes_one_call(fake_anthropic):
    s = Summarizer(fake_anthropic, model="claude-test")
    out = await s.summarize(["alice: hi", "bob: hello"])
    assert out == "part one"
    assert len(fake_anthropic.messages.calls) == 1
    assert fake_anthropic.messages.calls[0]["model"] == "claude-test"


@pytest.mark.asyncio
async def test_long_input_is_merged(fake_anthropic, monkeypatch):
    monkeypatch.setattr(summarizer_mod, "CHUNK_CHARS", 20)
    s = Summarizer(fake_anthropic, model="claude-test")
    out = await s.summarize(["a" * 15, "b" * 15])
    assert out == "merged"
    assert len(fake_anthropic.messages.calls) == 3
