"""Background routines started from ``event_ready``."""
from __future__ import annotations

import datetime
import logging
import random
from typing import TYPE_CHECKING

from twitchio.ext import routines

from bot.llm.prompts import FACT_SYSTEM
from bot.utils.text import clean_for_chat

if TYPE_CHECKING:
    from bot.core import ChatBot

log = logging.getLogger(__name__)


@routines.routine(minutes=45, wait_first=True)
async def fun_fact(bot: "ChatBot") -> None:
    """Drop a game fact in active channels every 45 minutes."""
    for name in bot.settings.channels:
        mem = bot.memory.for_channel(name)
        if len(mem.since(600)) < 5 or not mem.game:
            continue  # nobody is talking, don't spam
        resp = await bot.openai.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": FACT_SYSTEM.format(game=mem.game)},
                {"role": "user", "content": f"Fact #{random.randint(1, 1000)} please."},
            ],
            max_tokens=90,
            temperature=1.0,
        )
        channel = bot.get_channel(name)
        if channel and resp.choices:
            await channel.send("💡 " + clean_for_chat(resp.choices[0].message.content or ""))


@routines.routine(minutes=10)
async def refresh_game(bot: "ChatBot") -> None:
    """Keep ``mem.game`` in sync with the stream category (used in prompts)."""
    users = await bot.fetch_users(names=bot.settings.channels)
    infos = await bot.fetch_channels([u.id for u in users])
    for info in infos:
        bot.memory.for_channel(info.user.name).game = info.game_name


@routines.routine(hours=1)
async def prune(bot: "ChatBot") -> None:
    dropped = bot.memory.prune()
    if dropped:
        log.info("pruned %d old chat lines", dropped)


@routines.routine(time=datetime.datetime(2024, 1, 1, 6, 0))
async def reset_budget(bot: "ChatBot") -> None:
    bot.budget.reset()


@fun_fact.error
async def fun_fact_error(error: Exception) -> None:
    log.warning("fun_fact routine error: %s", error)


ALL = (fun_fact, refresh_game, prune, reset_budget)


def start_all(bot: "ChatBot") -> None:
    for routine in ALL:
        routine.start(bot)


def stop_all() -> None:
    for routine in ALL:
        routine.cancel()
