from unittest.mock import AsyncMock, MagicMock

import pytest

from plugins import ask
from tests.fakes import FakeEvent, FakeMatch, FakeOpenAI, FakeTelegramClient


@pytest.mark.asyncio
async def test_ask_replies_and_stores_history():
    tg = FakeTelegramClient(llm=FakeOpenAI("Paris"))
    ask.setup(tg)
    handler = tg.handler("ask")
    event = FakeEvent(client=tg, pattern_match=FakeMatch(("capital of France?",)))
    await handler(event)
    assert "Paris" in event.edits[-1]
    assert [t[1] for t in tg.history.turns] == ["user", "assistant"]
    sent = tg.llm.chat.completions.calls[0]["messages"]
    assert sent[-1] == {"role": "user", "content": "capital of France?"}


@pytest.mark.asyncio
async def test_ask_reports_errors():
    llm = MagicMock()
    llm.chat.completions.create = AsyncMock(side_effect=RuntimeError("boom"))
    tg = FakeTelegramClient(llm=llm)
    ask.setup(tg)
    event = FakeEvent(client=tg, pattern_match=FakeMatch(("q",)))
    await tg.handler("ask")(event)
    assert "RuntimeError" in event.edits[-1]
    llm.chat.completions.create.assert_awaited_once()
