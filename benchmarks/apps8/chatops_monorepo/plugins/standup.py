"""Collects async standup updates and posts a summary at 10:30."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from datetime import date

from botkit import CommandContext, command
from botkit.llm.completion import summarize_call

_updates: dict[date, dict[str, str]] = defaultdict(dict)

PROMPT = """Summarize these standup updates for the team lead.
Call out blockers first, then notable progress. Keep it under 10 lines.

{updates}
"""


@command("standup", help="Post your standup update: /standup <text>")
async def standup(ctx: CommandContext) -> None:
    _updates[date.today()][ctx.user_name or ctx.user_id] = ctx.text
    await ctx.reply("Noted ✅")


@command("standup-summary", help="Summarize today's standup updates")
async def standup_summary(ctx: CommandContext) -> None:
    today = _updates.get(date.today())
    if not today:
        await ctx.reply("No updates yet today.")
        return
    body = "\n".join(f"{who}: {text}" for who, text in sorted(today.items()))
    resp = await asyncio.to_thread(
        summarize_call,
        messages=[{"role": "user", "content": PROMPT.format(updates=body)}],
    )
    await ctx.reply(resp.choices[0].message.content)
