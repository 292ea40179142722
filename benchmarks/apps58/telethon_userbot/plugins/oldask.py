"""``.oldask`` / ``.oldclaude`` – legacy commands, still used by muscle memory."""
from __future__ import annotations

import asyncio

from telethon import events

from legacy.gpt_old import ask_claude_raw, ask_gpt


@events.register(events.NewMessage(outgoing=True, pattern=r"^\.oldask (.+)"))
async def oldask(event: events.NewMessage.Event) -> None:
    answer = await asyncio.to_thread(ask_gpt, event.pattern_match.group(1))
    await event.edit(answer)


@events.register(events.NewMessage(outgoing=True, pattern=r"^\.oldclaude (.+)"))
async def oldclaude(event: events.NewMessage.Event) -> None:
    await event.edit(await ask_claude_raw(event.pattern_match.group(1)))
