"""Scheduled digests posted to Slack."""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import date, datetime, timedelta

from litellm import acompletion

from botkit.config import get_settings
from botkit.llm import models, prompts
from botkit.llm.batch import submit_recap_batch
from botkit.llm.clients import groq_client
from botkit.scheduler import scheduler
from botkit.utils.text import truncate
from slack_bot.slack_api import slack

logger = logging.getLogger(__name__)

WATCHED_CHANNELS = ["C01ENGPLAT", "C02RELEASES", "C03INCIDENTS", "C04DATA"]


def _highlights(channel: str, since: datetime) -> str:
    msgs = slack.history(channel, oldest=since.timestamp())
    top = sorted(msgs, key=lambda m: m.get("reply_count", 0) + len(m.get("reactions", [])), reverse=True)
    return "\n".join(f"- {truncate(m.get('text', ''), 300)}" for m in top[:15])


def _channel_blurbs(since: datetime) -> dict[str, str]:
    """One short blurb per channel, fanned out on the scheduler pool."""
    groq = groq_client()
    futures = {}
    for channel in WATCHED_CHANNELS:
        text = _highlights(channel, since)
        if not text:
            continue
        futures[channel] = scheduler.pool.submit(
            groq.chat.completions.create,
            model=models.FAST_CHAT,
            messages=[{"role": "user", "content": f"Two-sentence summary of today in this channel:\n{text}"}],
            max_tokens=150,
        )
    blurbs = {}
    for channel, fut in futures.items():
        try:
            blurbs[channel] = fut.result(timeout=60).choices[0].message.content
        except Exception:
            logger.exception("blurb for %s failed", channel)
    return blurbs


async def _write_digest(blurbs: dict[str, str]) -> str:
    highlights = "\n".join(f"<#{c}>: {b}" for c, b in blurbs.items())
    response = await acompletion(
        model=models.LITELLM_DIGEST,
        messages=[{"role": "user", "content": prompts.DIGEST.format(date=date.today(), highlights=highlights)}],
        max_tokens=900,
    )
    return response.choices[0].message.content


@scheduler.every(timedelta(days=1), name="daily-digest")
def daily_digest() -> None:
    since = datetime.now() - timedelta(days=1)
    blurbs = _channel_blurbs(since)
    if not blurbs:
        logger.info("quiet day, no digest")
        return
    text = asyncio.run(_write_digest(blurbs))
    slack.post(get_settings().digest_channel, text)


@scheduler.every(timedelta(days=7), name="weekly-recap-batch")
def weekly_recap_batch() -> None:
    since = datetime.now() - timedelta(days=7)
    prompts_by_channel = {
        ch: f"Weekly recap for this channel, max 8 bullets:\n{_highlights(ch, since)}"
        for ch in WATCHED_CHANNELS
    }
    job_id = submit_recap_batch(prompts_by_channel)
    slack.post(get_settings().digest_channel, f"_weekly recap batch `{job_id}` submitted, results tomorrow_")


def post_later(channel: str, text: str, delay_s: float) -> None:
    """Fire-and-forget delayed post (used by /remind)."""

    def _job() -> None:
        time.sleep(delay_s)
        slack.post(channel, text)

    scheduler.submit(_job)
