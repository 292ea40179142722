"""Posts the daily digest of selected Slack channels to #community-digest.

Runs inside the Slack process via APScheduler (08:00 UTC).
"""
from __future__ import annotations

import logging
import time

import httpx
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from shared.config import get_settings
from shared.digest import DigestInput, build_digest

log = logging.getLogger(__name__)


async def _collect(client, channel_id: str, since: float) -> DigestInput:
    info = await client.conversations_info(channel=channel_id)
    name = info["channel"]["name"]
    lines = []
    cursor = None
    while True:
        page = await client.conversations_history(channel=channel_id, oldest=str(since), cursor=cursor, limit=200)
        for msg in page.get("messages", []):
            if msg.get("subtype") in ("channel_join", "bot_message"):
                continue
            lines.append(f"{msg.get('user', '?')}: {msg.get('text', '')}")
        cursor = page.get("response_metadata", {}).get("next_cursor")
        if not cursor:
            break
    lines.reverse()
    return DigestInput(channel=name, period="last 24h", lines=lines)


async def run_daily_digest(client) -> None:
    settings = get_settings()
    since = time.time() - 24 * 3600
    sections = []
    for channel_id in settings.digest_channel_ids:
        try:
            data = await _collect(client, channel_id, since)
            digest = await build_digest(data)
        except Exception:
            log.exception("digest failed for %s", channel_id)
            continue
        if digest:
            sections.append(f"*#{digest.channel}*\n{digest.text}")
    if not sections or not settings.digest_webhook_url:
        return
    async with httpx.AsyncClient(timeout=10) as http:
        resp = await http.post(
            settings.digest_webhook_url,
            json={"text": ":newspaper: *Daily digest*\n\n" + "\n\n".join(sections)},
        )
        resp.raise_for_status()


def schedule(client) -> AsyncIOScheduler:
    scheduler = AsyncIOScheduler(timezone="UTC")
    scheduler.add_job(run_daily_digest, "cron", hour=8, minute=0, args=[client], id="daily_digest")
    scheduler.start()
    return scheduler
