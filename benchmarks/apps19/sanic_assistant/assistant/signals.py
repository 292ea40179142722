"""Custom signals.

Dispatched from handlers with ``await request.app.dispatch("assistant.thread.closed", context=...)``.
"""
from __future__ import annotations

import logging

from sanic import Sanic

from .models import Conversation
from .prompts import format_transcript

log = logging.getLogger(__name__)

THREAD_CLOSED = "assistant.thread.closed"
FEEDBACK_RECEIVED = "assistant.feedback.received"


def register_signals(app: Sanic) -> None:
    @app.signal(THREAD_CLOSED)
    async def summarize_closed_thread(conversation_id: str, **_context):
        conv = await Conversation.get_or_none(id=conversation_id)
        if conv is None or not conv.transcript:
            return
        # NOTE: predates services.summaries; kept here because it also writes the title
        msg = await app.ctx.anthropic.messages.create(
            model=app.config.SETTINGS.claude_fast_model,
            max_tokens=300,
            system="Summarize this support chat in 3 bullets, then on the last line write TITLE: <six words>.",
            messages=[{"role": "user", "content": format_transcript(conv.transcript)}],
        )
        text = msg.content[0].text
        summary, _, title = text.rpartition("TITLE:")
        conv.summary = summary.strip() or text
        conv.title = title.strip()[:120] or None
        await conv.save(update_fields=["summary", "title"])

    @app.signal(FEEDBACK_RECEIVED)
    async def screen_feedback(comment: str, conversation_id: str, **_context):
        if not comment:
            return
        result = await app.ctx.openai.moderations.create(model="omni-moderation-latest", input=comment)
        if result.results[0].flagged:
            log.warning("flagged feedback on %s", conversation_id)
            await app.ctx.http.post(
                app.config.SETTINGS.slack_webhook_url,
                json={"text": f":warning: flagged feedback on conversation {conversation_id}"},
            )
