from types import SimpleNamespace

import pytest

from bot.commands import chat as chat_cmd
from bot.context import CommandContext
from bot.llm.providers import OpenAICompatProvider
from bot.moderation import Moderator
from bot.store import ConversationStore
from tests.fakes import FakeMatrix, FakeOpenAI


class FakeBot:
    def __init__(self, reply="fine"):
        self.openai = FakeOpenAI(reply=reply)
        self.providers = {"openai": OpenAICompatProvider(self.openai, "gpt-4o-mini")}
        self.moderator = Moderator(self.openai)
        self.store = ConversationStore()
        self.matrix = FakeMatrix()
        self.config = SimpleNamespace(default_model="gpt-4o-mini")
        self.sent = []

    async def send_text(self, room_id, text, reply_to=None, markdown=True):
        self.sent.append((room_id, text))
        return "$evt"


def make_ctx(bot, args):
    room = SimpleNamespace(room_id="!r:x", user_name=lambda s: "Alice")
    event = SimpleNamespace(sender="@alice:x", event_id="$e1", body=f"!ask {args}", server_timestamp=0)
    return CommandContext(bot=bot, room=room, event=event, command="ask", args=args)


@pytest.mark.asyncio
async def test_ask_replies_with_provider_text():
    bot = FakeBot(reply="the answer")
    await chat_cmd.ask(make_ctx(bot, "what?"))
    assert bot.sent == [("!r:x", "the answer")]
    assert bot.openai.chat.completions.calls[0]["messages"][-1]["content"] == "what?"


@pytest.mark.asyncio
async def test_ask_unknown_provider():
    bot = FakeBot()
    await chat_cmd.ask(make_ctx(bot, "--p nope hi"))
    assert "Unknown provider" in bot.sent[0][1]
