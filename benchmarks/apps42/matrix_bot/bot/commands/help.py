"""!help, !ping, !about — no LLM involved."""
from __future__ import annotations

import time

from bot import __version__
from bot.context import CommandContext
from bot.router import router


@router.command("help", help="!help — this list", uses_llm=False, aliases=("h",))
async def help_(ctx: CommandContext) -> None:
    lines = []
    for cmd in ctx.bot.router.commands():
        if cmd.admin_only and not ctx.bot.config.is_admin(ctx.sender):
            continue
        lines.append(f"- `{ctx.bot.router.prefix}{cmd.name}` {cmd.help.partition('—')[2].strip()}")
    await ctx.reply("**Commands**\n\n" + "\n".join(lines))


@router.command("ping", help="!ping", uses_llm=False)
async def ping(ctx: CommandContext) -> None:
    lag = int(time.time() * 1000) - ctx.event.server_timestamp
    await ctx.reply(f"pong ({lag} ms)", markdown=False)


@router.command("about", help="!about", uses_llm=False)
async def about(ctx: CommandContext) -> None:
    up = int(time.time() - ctx.bot.started_at)
    providers = ", ".join(sorted(ctx.bot.providers))
    await ctx.reply(f"matrix-llm-bot {__version__}, up {up // 3600}h{(up % 3600) // 60:02d}m, providers: {providers}")
