from __future__ import annotations

from unittest.mock import AsyncMock, MagicMock

import pytest

from supportbot.keys import PrimaryChatClient
from supportbot.services import ConversationService
from supportbot.services.retrieval import ArticleIndex


@pytest.fixture
def loaded_index(injector):
    index = injector.get(ArticleIndex)
    index.load(["a1", "a2"], ["Freeze your card in Settings.", "Transfers take 1 day."], [[1, 0, 0, 0], [0, 1, 0, 0]])
    return index


async def test_reply_uses_retrieved_sources(injector, loaded_index):
    service = injector.get(ConversationService)
    turn = await service.reply([], "How do I freeze my card?")
    assert turn.reply == "fake reply"
    assert set(turn.sources) <= {"a1", "a2"}
    sent = injector.get(PrimaryChatClient).chat.completions.calls[0]
    assert sent["messages"][0]["role"] == "system"


async def test_card_numbers_are_redacted(injector, loaded_index):
    await injector.get(ConversationService).reply([], "my card 4111 1111 1111 1111 got declined")
    sent = injector.get(PrimaryChatClient).chat.completions.calls[0]
    assert "[CARD]" in sent["messages"][-1]["content"]


async def test_handoff_marker_is_stripped(injector, loaded_index):
    client = MagicMock()
    client.chat.completions.create = AsyncMock(
        return_value=MagicMock(choices=[MagicMock(message=MagicMock(content="Let me get a human. [HANDOFF]"))])
    )
    injector.binder.bind(PrimaryChatClient, to=client)
    turn = await injector.get(ConversationService).reply([], "someone stole my card")
    assert turn.handoff is True
    assert "[HANDOFF]" not in turn.reply
    client.chat.completions.create.assert_awaited_once()


async def test_fake_records_calls():
    from tests.fakes import FakeAsyncOpenAI

    fake = FakeAsyncOpenAI(reply="x")
    out = await fake.chat.completions.create(model="m", messages=[])
    assert out.choices[0].message.content == "x"
    assert fake.chat.completions.calls == [{"model": "m", "messages": []}]
