from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock

from bot.cogs.ask import AskCog
from bot.llm.memory import MemoryStore
from bot.utils.ratelimit import Cooldowns, TokenBudget
from tests.fakes import FakeContext, FakeOpenAI


def make_bot(openai_client):
    bot = SimpleNamespace()
    bot.nick = "askbot"
    bot.openai = openai_client
    bot.memory = MemoryStore(FakeOpenAI())
    bot.cooldowns = Cooldowns(0)
    bot.budget = TokenBudget(1000)
    bot.faq = SimpleNamespace(lookup=AsyncMock(return_value=None))
    bot.llm = MagicMock()
    return bot


async def test_gpt_command_replies_and_charges():
    client = FakeOpenAI(replies=["it's a frame-perfect trick"])
    bot = make_bot(client)
    cog = AskCog.__new__(AskCog)
    cog.bot = bot
    ctx = FakeContext()
    await AskCog.gpt._callback(cog, ctx, question="what is a frame perfect trick")
    assert ctx.replies == ["it's a frame-perfect trick"]
    assert bot.budget.used["testchan"] == 15


async def test_ask_uses_fallback_chain():
    bot = make_bot(FakeOpenAI())
    bot.llm.complete_with_fallback = AsyncMock(
        return_value=SimpleNamespace(text="**bold** answer", total_tokens=3)
    )
    cog = AskCog.__new__(AskCog)
    cog.bot = bot
    ctx = FakeContext()
    await AskCog.ask._callback(cog, ctx, question="when is the next stream?")
    assert ctx.replies == ["bold answer"]


async def test_mocked_anthropic_direct_call():
    client = MagicMock()
    client.messages.create = AsyncMock(return_value=SimpleNamespace(content=[]))
    out = await client.messages.create(model="claude-3-5-haiku-latest", max_tokens=10, messages=[])
    assert out.content == []
