"""Channel digests and action-item extraction (RQ jobs, synchronous)."""
from __future__ import annotations

import logging
import time
from functools import partial
from typing import Any, Dict, List, Optional

import litellm
from pydantic import BaseModel, Field
from slack_sdk import WebClient

from assistant import db
from assistant.config import get_settings
from assistant.llm.clients import openai_client
from assistant.llm.fallback import get_router

log = logging.getLogger(__name__)

DIGEST_MODEL = "anthropic/claude-3-5-haiku-latest"

DIGEST_PROMPT = """Write a digest of the last day in this Slack channel.
Sections: *Highlights*, *Decisions*, *Open questions*. Max 12 bullets total.
Mention people as <@USERID>. Skip bot noise and emoji-only messages."""


class ActionItem(BaseModel):
    owner: Optional[str] = Field(None, description="Slack user id of the owner if stated")
    task: str
    due: Optional[str] = Field(None, description="Due date as written in the thread")


class ActionItems(BaseModel):
    items: List[ActionItem]


def _slack() -> WebClient:
    return WebClient(token=get_settings().slack_bot_token)


def _fetch_messages(web: WebClient, channel: str, oldest: float) -> List[Dict[str, Any]]:
    messages: List[Dict[str, Any]] = []
    cursor = None
    while True:
        page = web.conversations_history(channel=channel, oldest=str(oldest), limit=200, cursor=cursor)
        messages.extend(m for m in page["messages"] if not m.get("bot_id") and m.get("text"))
        cursor = page.get("response_metadata", {}).get("next_cursor")
        if not cursor:
            break
    messages.sort(key=lambda m: float(m["ts"]))
    return messages


def _transcript(messages: List[Dict[str, Any]], limit_chars: int = 60_000) -> str:
    text = "\n".join(f"<@{m.get('user', '?')}>: {m['text']}" for m in messages)
    return text[-limit_chars:]


def daily_digest(channel: str) -> Optional[str]:
    web = _slack()
    messages = _fetch_messages(web, channel, oldest=time.time() - 24 * 3600)
    if len(messages) < 5:
        log.info("digest for %s skipped: only %d messages", channel, len(messages))
        return None

    summarize = partial(litellm.completion, model=DIGEST_MODEL, max_tokens=700, temperature=0.2)
    try:
        resp = summarize(
            messages=[
                {"role": "system", "content": DIGEST_PROMPT},
                {"role": "user", "content": _transcript(messages)},
            ]
        )
    except Exception as exc:
        db.log_job("daily_digest", "failed", f"{channel}: {exc}")
        raise
    digest = resp.choices[0].message.content
    web.chat_postMessage(channel=channel, text=f":newspaper: *Daily digest*\n{digest}")
    db.log_job("daily_digest", "ok", channel)
    return digest


def weekly_report(channels: List[str], post_to: str) -> str:
    """Cross-channel weekly report for the eng leads channel."""
    web = _slack()
    oldest = time.time() - 7 * 24 * 3600
    sections = []
    for ch in channels:
        msgs = _fetch_messages(web, ch, oldest)
        if msgs:
            sections.append(f"## <#{ch}>\n{_transcript(msgs, 15_000)}")
    if not sections:
        return ""
    response = get_router().completion(
        model="assistant-default",
        messages=[
            {"role": "system", "content": "Summarize each channel's week in 3 bullets, then list cross-team risks."},
            {"role": "user", "content": "\n\n".join(sections)},
        ],
        max_tokens=1500,
    )
    report = response.choices[0].message.content or ""
    web.chat_postMessage(channel=post_to, text=report)
    return report


def extract_action_items(channel: str, thread_ts: str, requested_by: str) -> List[Dict[str, Any]]:
    web = _slack()
    replies = web.conversations_replies(channel=channel, ts=thread_ts, limit=200)["messages"]
    response = openai_client().responses.parse(
        model=get_settings().models.responses_model,
        instructions="Extract concrete action items from this Slack thread. Ignore vague wishes.",
        input=_transcript(replies, 30_000),
        text_format=ActionItems,
    )
    parsed: ActionItems = response.output_parsed or ActionItems(items=[])
    if parsed.items:
        lines = [
            f"• {i.task}" + (f" — <@{i.owner}>" if i.owner else "") + (f" (due {i.due})" if i.due else "")
            for i in parsed.items
        ]
        web.chat_postEphemeral(channel=channel, user=requested_by, text="*Action items*\n" + "\n".join(lines))
    return [i.model_dump() for i in parsed.items]
