from __future__ import annotations

import datetime as dt
import logging

import hikari

from bot.utils.discord_fmt import strip_mentions

log = logging.getLogger(__name__)


async def fetch_thread_lines(
    rest: hikari.api.RESTClient,
    channel_id: hikari.Snowflakeish,
    *,
    limit: int = 80,
    since: dt.datetime | None = None,
) -> list[tuple[str, str]]:
    """Return (author, content) tuples oldest-first, skipping bots and empty messages."""
    lines: list[tuple[str, str]] = []
    iterator = rest.fetch_messages(channel_id)
    if since is not None:
        iterator = rest.fetch_messages(channel_id, after=since)
    async for message in iterator.limit(limit):
        if message.author.is_bot or not message.content:
            continue
        name = message.member.display_name if message.member else message.author.username
        lines.append((name, strip_mentions(message.content)))
    if since is None:
        lines.reverse()
    log.debug("fetched %d lines from %s", len(lines), channel_id)
    return lines
