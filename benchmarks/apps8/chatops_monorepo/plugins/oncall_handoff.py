"""/handoff — turns the on-call channel's week into a handoff note.

Uses the Llama 3 70B on Replicate because that's what the SRE team benchmarked.
"""

from __future__ import annotations

import asyncio
import logging

from botkit import CommandContext, command
from botkit.llm import models
from botkit.llm.clients import replicate_client

logger = logging.getLogger(__name__)

SYSTEM = (
    "You are writing an on-call handoff. List: open incidents, flaky alerts, "
    "things the next person must watch, and anything promised to other teams."
)


def _generate(notes: str) -> str:
    parts = []
    for event in replicate_client().stream(
        models.REPLICATE_LLAMA,
        input={
            "system_prompt": SYSTEM,
            "prompt": notes,
            "max_new_tokens": 1200,
            "temperature": 0.4,
        },
    ):
        parts.append(str(event))
    return "".join(parts)


@command("handoff", help="Draft the on-call handoff from pasted notes")
async def handoff(ctx: CommandContext) -> None:
    notes = ctx.text or "\n".join(ctx.extras.get("channel_log", []))
    if not notes.strip():
        await ctx.reply("Paste your notes after /handoff (or run it in #oncall).")
        return
    text = await asyncio.to_thread(_generate, notes)
    await ctx.reply(text)
