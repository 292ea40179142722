from unittest.mock import AsyncMock, MagicMock

from bot.llm.memory import ChannelMemory, MemoryStore
from bot.llm.providers import Completion
from tests.fakes import FakeOpenAI


def test_transcript_includes_notes():
    mem = ChannelMemory("chan", maxlen=5)
    mem.notes.append("people argued about the final boss")
    for i in range(7):
        mem.add(f"u{i}", f"msg {i}")
    text = mem.transcript()
    assert text.startswith("[earlier] people argued")
    assert "u6: msg 6" in text and "u1: msg 1" not in text


async def test_compaction_uses_groq_and_keeps_note():
    groq = FakeOpenAI(replies=["chat debated speedrun routes"])
    store = MemoryStore(groq, maxlen=50, compact_at=10)
    for i in range(12):
        store.for_channel("Chan").add("v", f"line {i}")
    assert await store.maybe_compact("chan")
    mem = store.for_channel("chan")
    assert mem.notes == ["chat debated speedrun routes"]
    assert len(mem.lines) == 6


async def test_summarize_goes_through_provider():
    provider = MagicMock()
    provider.complete = AsyncMock(return_value=Completion("all good", "fake", "m"))
    mem = ChannelMemory("chan")
    mem.add("a", "hi")
    assert await mem.summarize(provider) == "all good"
    provider.complete.assert_awaited_once()
