"""Daily digest: once a day, post a short summary of each busy room.

Started from Bot.run() when `digest_rooms` is configured.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging

from bot.legacy.old_summarizer import post_to_webhook, summarize_claude
from bot.llm.factory import get_openai_client
from bot.llm.prompts import DIGEST_SYSTEM
from bot.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

MIN_MESSAGES = 25


def _seconds_until(hour: int) -> float:
    now = dt.datetime.now()
    target = now.replace(hour=hour, minute=0, second=0, microsecond=0)
    if target <= now:
        target += dt.timedelta(days=1)
    return (target - now).total_seconds()


async def digest_room(bot, room_id: str) -> str | None:
    log_ = bot.store.room_log(room_id, 500)
    if len(log_) < MIN_MESSAGES:
        return None
    transcript = "\n".join(f"{who}: {body}" for who, body in log_)
    client = get_openai_client()
    loop = asyncio.get_running_loop()
    resp = await loop.run_in_executor(
        None,
        functools.partial(
            client.chat.completions.create,
            model="gpt-4o-mini",
            messages=[{"role": "system", "content": DIGEST_SYSTEM}, {"role": "user", "content": transcript}],
        ),
    )
    return resp.choices[0].message.content


async def digest_room_openrouter(bot, room_id: str) -> str | None:
    """Same, on a cheap OpenRouter model, with tracking (new style)."""
    transcript = "\n".join(f"{who}: {body}" for who, body in bot.store.room_log(room_id, 500))
    model = bot.config.openrouter_model
    async with llm_tracker.track_llm_call(provider="openrouter", model=model, feature_context="daily_digest", room_id=room_id) as usage_log:
        resp = await bot.openrouter.chat.completions.create(
            model=model,
            messages=[{"role": "system", "content": DIGEST_SYSTEM}, {"role": "user", "content": transcript}],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content


async def run_daily_digest(bot, rooms: list[str], hour: int = 9) -> None:
    while True:
        await asyncio.sleep(_seconds_until(hour))
        for room_id in rooms:
            try:
                if bot.openrouter is not None:
                    summary = await digest_room_openrouter(bot, room_id)
                else:
                    summary = await digest_room(bot, room_id)
            except Exception:
                log.exception("digest via SDK failed for %s, trying raw HTTP", room_id)
                transcript = "\n".join(f"{w}: {b}" for w, b in bot.store.room_log(room_id, 300))
                summary = await summarize_claude(transcript)
            if summary:
                await bot.send_text(room_id, f"**Daily digest**\n\n{summary}")
                post_to_webhook(summary, room_id)
