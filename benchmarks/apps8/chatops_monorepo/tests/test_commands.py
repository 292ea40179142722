import asyncio

import pytest

from botkit.commands import CommandRegistry, Command
from botkit.context import CommandContext
from botkit.errors import CommandNotFound


def _ctx(text="", platform="slack"):
    sent = []

    async def reply(msg):
        sent.append(msg)

    return CommandContext(platform=platform, user_id="U1", channel_id="C1", text=text, reply=reply), sent


def test_dispatch_calls_handler():
    reg = CommandRegistry()

    async def echo(ctx):
        await ctx.reply(ctx.text)

    reg.register(Command(name="echo", handler=echo))
    ctx, sent = _ctx("hi")
    asyncio.run(reg.dispatch("echo", ctx))
    assert sent == ["hi"]


def test_unknown_command():
    reg = CommandRegistry()
    ctx, _ = _ctx()
    with pytest.raises(CommandNotFound):
        asyncio.run(reg.dispatch("nope", ctx))


def test_platform_filter():
    reg = CommandRegistry()

    async def noop(ctx):
        pass

    reg.register(Command(name="slackonly", handler=noop, platforms=("slack",)))
    ctx, _ = _ctx(platform="discord")
    with pytest.raises(CommandNotFound):
        asyncio.run(reg.dispatch("slackonly", ctx))
