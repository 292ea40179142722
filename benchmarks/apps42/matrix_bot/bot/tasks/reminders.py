"""!remind — plain scheduled reminders, no LLM."""
from __future__ import annotations

import asyncio
import re
import time
from dataclasses import dataclass, field
from itertools import count

from bot.context import CommandContext
from bot.router import router

_ids = count(1)
_DURATION_RE = re.compile(r"^(\d+)([smhd])$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass
class Reminder:
    room_id: str
    user: str
    text: str
    due: float
    id: int = field(default_factory=lambda: next(_ids))

    @classmethod
    def create(cls, room_id: str, user: str, spec: str, text: str) -> "Reminder":
        m = _DURATION_RE.match(spec)
        if not m:
            raise ValueError(f"bad duration {spec!r}")
        return cls(room_id, user, text, time.time() + int(m.group(1)) * _UNITS[m.group(2)])


class ReminderScheduler:
    def __init__(self):
        self._tasks: dict[int, asyncio.Task] = {}

    def schedule(self, bot, reminder: Reminder) -> None:
        async def _fire():
            await asyncio.sleep(max(0, reminder.due - time.time()))
            await bot.send_text(reminder.room_id, f"⏰ {reminder.user}: {reminder.text}")
            self._tasks.pop(reminder.id, None)

        self._tasks[reminder.id] = asyncio.create_task(_fire())

    def cancel(self, reminder_id: int) -> bool:
        task = self._tasks.pop(reminder_id, None)
        if task:
            task.cancel()
        return task is not None


scheduler = ReminderScheduler()


@router.command("remind", help="!remind 10m <text>", uses_llm=False)
async def remind(ctx: CommandContext) -> None:
    spec, _, text = ctx.args.partition(" ")
    try:
        reminder = Reminder.create(ctx.room_id, ctx.sender, spec, text)
    except ValueError as exc:
        await ctx.reply(str(exc))
        return
    scheduler.schedule(ctx.bot, reminder)
    await ctx.reply(f"OK, reminder #{reminder.id} set.")
