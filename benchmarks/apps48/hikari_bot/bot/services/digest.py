from __future__ import annotations

import datetime as dt
import logging

import hikari

from bot.llm.clients import get_async_openai
from bot.llm.prompts import DIGEST_TEMPLATE, render_transcript
from bot.services.multi_model_service import TaskComplexity, multi_model_service
from bot.services.thread_history import fetch_thread_lines

log = logging.getLogger(__name__)


class DigestBuilder:
    def __init__(self, rest: hikari.api.RESTClient, *, fallback_model: str = "gpt-4o-mini") -> None:
        self.rest = rest
        self.fallback_model = fallback_model

    async def collect(self, channel: hikari.GuildTextChannel) -> str:
        since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1)
        lines = await fetch_thread_lines(self.rest, channel.id, limit=300, since=since)
        return render_transcript(lines, limit_chars=25_000)

    async def build(self, channel: hikari.GuildTextChannel) -> str:
        transcript = await self.collect(channel)
        if not transcript:
            return "It was a quiet day 🌙"
        prompt = DIGEST_TEMPLATE.substitute(channel=channel.name, transcript=transcript)
        try:
            result = await multi_model_service.generate_response(
                prompt,
                task_type="digest",
                complexity=TaskComplexity.STANDARD,
                guild_id=channel.guild_id,
            )
            return result.text
        except Exception:
            log.exception("digest via multi_model_service failed, using OpenAI fallback")
        # fallback added during the Gemini outage in March; never moved to the tracker
        resp = await get_async_openai().responses.create(
            model=self.fallback_model,
            instructions="You write friendly daily digests for a Discord server.",
            input=prompt,
        )
        return resp.output_text
