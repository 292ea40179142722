"""Background jobs started from the Started event."""
from __future__ import annotations

import asyncio
import datetime as dt
import logging

import hikari
import lightbulb

from bot.services.digest import DigestBuilder

log = logging.getLogger(__name__)

TRENDS_PROMPT = (
    "Below are channel names with message counts for the past week. "
    "Write 3 short observations about what the community was busy with.\n\n{stats}"
)


def _seconds_until(hour: int) -> float:
    now = dt.datetime.now(dt.timezone.utc)
    target = now.replace(hour=hour, minute=0, second=0, microsecond=0)
    if target <= now:
        target += dt.timedelta(days=1)
    return (target - now).total_seconds()


async def daily_digest_loop(bot: lightbulb.BotApp, hour: int = 18) -> None:
    builder = DigestBuilder(bot.rest)
    while True:
        await asyncio.sleep(_seconds_until(hour))
        channel_id = bot.d.settings.digest_channel_id
        if not channel_id:
            continue
        try:
            channel = await bot.rest.fetch_channel(channel_id)
            assert isinstance(channel, hikari.GuildTextChannel)
            text = await builder.build(channel)
            await bot.rest.create_message(channel_id, text[:2000])
        except Exception:
            log.exception("daily digest failed")


async def weekly_trends(bot: lightbulb.BotApp, stats: dict[str, int]) -> str:
    client = bot.d.genai
    stats_text = "\n".join(f"#{name}: {count}" for name, count in sorted(stats.items(), key=lambda t: -t[1]))
    resp = await asyncio.to_thread(
        client.models.generate_content,
        model=bot.d.settings.gemini_model,
        contents=TRENDS_PROMPT.format(stats=stats_text),
    )
    return resp.text or ""


def start_background_jobs(bot: lightbulb.BotApp) -> list[asyncio.Task]:
    return [asyncio.create_task(daily_digest_loop(bot), name="daily-digest")]
