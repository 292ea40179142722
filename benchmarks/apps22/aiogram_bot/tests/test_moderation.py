from unittest.mock import AsyncMock, MagicMock

import pytest

from bot import middlewares as moderation_mod
from bot.middlewares import ModerationMiddleware
from tests.fakes import FakeAsyncOpenAI, FakeMessage


@pytest.fixture(autouse=True)
def _treat_fake_as_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(moderation_mod, "Message", FakeMessage)


@pytest.mark.asyncio
async def test_clean_message_passes(message: FakeMessage) -> None:
    client = FakeAsyncOpenAI(flagged=False)
    handler = AsyncMock(return_value="handled")
    result = await ModerationMiddleware(client)(handler, message, {})  # type: ignore[arg-type]
    assert result == "handled"
    assert client.moderation_calls == 1


@pytest.mark.asyncio
async def test_flagged_message_blocked(message: FakeMessage) -> None:
    client = FakeAsyncOpenAI(flagged=True)
    handler = AsyncMock()
    await ModerationMiddleware(client)(handler, message, {})  # type: ignore[arg-type]
    handler.assert_not_called()
    assert message.answers


@pytest.mark.asyncio
async def test_commands_skip_moderation() -> None:
    client = MagicMock()
    client.moderations.create = AsyncMock()
    handler = AsyncMock()
    await ModerationMiddleware(client)(handler, FakeMessage("/start"), {})
    client.moderations.create.assert_not_called()
    handler.assert_awaited_once()
