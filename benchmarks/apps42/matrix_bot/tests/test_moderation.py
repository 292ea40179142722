import pytest

from bot.moderation import Moderator, redact
from tests.fakes import FakeOpenAI


@pytest.mark.asyncio
async def test_flagged_message_is_blocked():
    fake = FakeOpenAI(flagged=True, categories={"hate/threatening": True, "violence": False})
    mod = Moderator(fake)
    result = await mod.check("something awful")
    assert result.blocked
    assert "hate/threatening" in redact("something awful", result)


@pytest.mark.asyncio
async def test_disabled_moderator_skips_api():
    fake = FakeOpenAI()
    mod = Moderator(fake, enabled=False)
    result = await mod.check("hi")
    assert result.source == "skipped"


@pytest.mark.asyncio
async def test_fake_client_records_calls():
    fake = FakeOpenAI(reply="pong")
    resp = await fake.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "ping"}])
    assert resp.choices[0].message.content == "pong"
    assert fake.chat.completions.calls[0]["model"] == "gpt-4o-mini"
