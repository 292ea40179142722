"""`!gpt` / `!claude` prefix commands from the pre-slash days."""
from __future__ import annotations

import lightbulb

from bot.legacy.gpt_commands import legacy_claude, legacy_gpt
from bot.legacy.raw_http import claude_via_http

plugin = lightbulb.Plugin("LegacyPrefix")


@plugin.command
@lightbulb.option("prompt", "prompt", modifier=lightbulb.OptionModifier.CONSUME_REST)
@lightbulb.command("gpt", "Legacy GPT command")
@lightbulb.implements(lightbulb.PrefixCommand)
async def gpt(ctx: lightbulb.PrefixContext) -> None:
    async with ctx.get_channel().trigger_typing():
        answer = await legacy_gpt(ctx.options.prompt)
    await ctx.respond(answer[:2000])


@plugin.command
@lightbulb.option("prompt", "prompt", modifier=lightbulb.OptionModifier.CONSUME_REST)
@lightbulb.command("claude", "Legacy Claude command")
@lightbulb.implements(lightbulb.PrefixCommand)
async def claude(ctx: lightbulb.PrefixContext) -> None:
    if ctx.bot.d.settings.anthropic_api_key:
        answer = await legacy_claude(ctx.options.prompt)
    else:
        answer = await claude_via_http(ctx.bot.d.http, ctx.options.prompt, "claude-3-haiku-20240307")
    await ctx.respond(answer[:2000])


def load(bot: lightbulb.BotApp) -> None:
    bot.add_plugin(plugin)


def unload(bot: lightbulb.BotApp) -> None:
    bot.remove_plugin(plugin)
