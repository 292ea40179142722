"""Thread summaries for hand-offs between help-desk agents.

Takes the Anthropic client as an argument so the background worker (no
request context, no ``g``) and the views can share it.
"""
from __future__ import annotations

from app.utils.prompts import SUMMARY_SYSTEM, render_thread
from app.utils import truncate

DEFAULT_MODEL = "claude-3-5-haiku-latest"


def summarize_thread(client, thread, model: str = DEFAULT_MODEL) -> str:
    if not thread:
        return ""
    msg = client.messages.create(
        model=model,
        max_tokens=300,
        system=SUMMARY_SYSTEM,
        messages=[{"role": "user", "content": truncate(render_thread(thread), 15000)}],
    )
    return msg.content[0].text if msg.content else ""


def short_summary(summary: str, limit: int = 140) -> str:
    first = summary.strip().splitlines()[0] if summary.strip() else ""
    return first[:limit]
