import pytest

from bot.services.tutor import TutorService
from tests.fakes import FakeAsyncOpenAI


@pytest.mark.asyncio
async def test_reply_keeps_history(fake_openai: FakeAsyncOpenAI) -> None:
    tutor = TutorService(fake_openai)  # type: ignore[arg-type]
    first = await tutor.reply(1, "Hallo", level="A1", target_language="de")
    assert first == "Hallo! Wie geht's?"
    await tutor.reply(1, "Gut", level="A1", target_language="de")
    sent = fake_openai.chat.completions.calls[-1]["messages"]
    assert [m["role"] for m in sent] == ["system", "user", "assistant", "user"]


@pytest.mark.asyncio
async def test_roleplay_streams_pieces() -> None:
    client = FakeAsyncOpenAI(replies=["Guten Tag, was darf es sein?"])
    tutor = TutorService(client)  # type: ignore[arg-type]
    pieces = [p async for p in tutor.stream_roleplay(7, "café", "Hallo", level="A2")]
    assert "".join(pieces) == "Guten Tag, was darf es sein?"
    assert tutor.history(7).turns[-1]["role"] == "assistant"


@pytest.mark.asyncio
async def test_fake_direct_call_shape() -> None:
    client = FakeAsyncOpenAI(replies=["x"])
    result = await client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert result.choices[0].message.content == "x"
