"""Message shortcuts on threads: "Summarize thread" and "Draft a reply".

Written by @maya before shared/clients.py existed, hence the local Groq client.
"Draft a reply" was added later and is wrapped in the usage tracker.
"""
from __future__ import annotations

import logging
from typing import List

from groq import AsyncGroq

from shared.config import DEFAULT_FIREWORKS_MODEL, FAST_GROQ_MODEL, get_settings
from shared.services.llm_usage_tracker import llm_tracker
from shared.tokens import truncate
from slack_app import deps

log = logging.getLogger(__name__)

SUMMARY_SYSTEM = (
    "Summarise the Slack thread for someone who missed it. "
    "Lead with the outcome/decision, then key points, then action items with owners."
)
DRAFT_SYSTEM = (
    "Draft a helpful, friendly reply to the last message in this Slack thread on behalf "
    "of a community moderator. Plain text, no more than 120 words."
)


class ThreadSummarizer:
    def __init__(self):
        settings = get_settings()
        self._groq = AsyncGroq(api_key=settings.groq_api_key, max_retries=3)

    async def summarize(self, transcript: str) -> str:
        response = await self._groq.chat.completions.create(
            model=FAST_GROQ_MODEL,
            messages=[
                {"role": "system", "content": SUMMARY_SYSTEM},
                {"role": "user", "content": truncate(transcript, 12000)},
            ],
            temperature=0.2,
            max_tokens=500,
        )
        return response.choices[0].message.content.strip()


_summarizer = None


def summarizer() -> ThreadSummarizer:
    global _summarizer
    if _summarizer is None:
        _summarizer = ThreadSummarizer()
    return _summarizer


async def _thread_lines(client, channel: str, thread_ts: str) -> List[str]:
    replies = await client.conversations_replies(channel=channel, ts=thread_ts, limit=200)
    return [f"<{m.get('user', 'bot')}> {m.get('text', '')}" for m in replies.get("messages", [])]


def register(app):
    @app.shortcut("summarize_thread")
    async def summarize_thread(ack, shortcut, client):
        await ack()
        channel = shortcut["channel"]["id"]
        thread_ts = shortcut["message"].get("thread_ts") or shortcut["message"]["ts"]
        lines = await _thread_lines(client, channel, thread_ts)
        if len(lines) < 3:
            await client.chat_postEphemeral(channel=channel, user=shortcut["user"]["id"], text="That thread is too short to summarise.")
            return
        summary = await summarizer().summarize("\n".join(lines))
        await client.chat_postEphemeral(
            channel=channel,
            user=shortcut["user"]["id"],
            text=f"*Thread summary*\n{summary}",
        )

    @app.shortcut("draft_reply")
    async def draft_reply(ack, shortcut, client):
        await ack()
        channel = shortcut["channel"]["id"]
        user_id = shortcut["user"]["id"]
        thread_ts = shortcut["message"].get("thread_ts") or shortcut["message"]["ts"]
        transcript = "\n".join(await _thread_lines(client, channel, thread_ts))

        async with llm_tracker.track_llm_call(
            provider="fireworks",
            model=DEFAULT_FIREWORKS_MODEL,
            feature_context="slack_draft_reply",
            user_id=user_id,
        ) as usage_log:
            resp = await deps.fireworks.chat.completions.create(
                model=DEFAULT_FIREWORKS_MODEL,
                messages=[
                    {"role": "system", "content": DRAFT_SYSTEM},
                    {"role": "user", "content": truncate(transcript, 8000)},
                ],
                max_tokens=300,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens

        await client.chat_postEphemeral(
            channel=channel,
            user=user_id,
            text="Suggested reply (only you can see this):\n>>> " + resp.choices[0].message.content,
        )
