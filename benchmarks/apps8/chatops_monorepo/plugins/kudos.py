"""/kudos @someone for <reason> — plus a monthly leaderboard."""

from __future__ import annotations

import re

from botkit import CommandContext, command
from botkit.errors import UserFacingError
from botkit.storage.db import KudosRepository

_MENTION = re.compile(r"<@([A-Z0-9]+)>")
repo = KudosRepository()

GOAL = 10  # kudos per quarter, for the progress bar


def completion(done: int, total: int, width: int = 10) -> str:
    """Progress bar like ▰▰▰▱▱▱▱▱▱▱ 30%."""
    ratio = min(done / total, 1.0) if total else 0.0
    filled = round(ratio * width)
    return "▰" * filled + "▱" * (width - filled) + f" {ratio:.0%}"


@command("kudos", help="Thank someone: /kudos @alice for fixing the build")
async def kudos(ctx: CommandContext) -> None:
    m = _MENTION.search(ctx.text)
    if not m:
        raise UserFacingError("Mention who you're thanking: /kudos @alice for …")
    receiver = m.group(1)
    if receiver == ctx.user_id:
        raise UserFacingError("Nice try.")
    reason = ctx.text[m.end():].strip()
    if reason.startswith("for "):
        reason = reason[4:]
    repo.create(giver=ctx.user_id, receiver=receiver, reason=reason or "being great")
    total = repo.count_for(receiver)
    await ctx.reply(f"🎉 kudos to <@{receiver}>! Quarter goal: {completion(total, GOAL)}")
