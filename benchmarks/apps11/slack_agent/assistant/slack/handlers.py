"""Slack event handlers (mentions, DMs, shortcuts, App Home)."""
from __future__ import annotations

import logging
import re
from typing import Any, Dict, List

import litellm
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from assistant.agent.loop import SYSTEM_PROMPT
from assistant.agent.runner import get_runner
from assistant.errors import AssistantError
from assistant.jobs import queue as jobs
from assistant.services.llm_usage_tracker import llm_tracker
from assistant.slack.streaming import stream_claude_to_slack
from assistant.tools import ToolContext

log = logging.getLogger(__name__)

_MENTION_RE = re.compile(r"<@[A-Z0-9]+>\s*")
_AUDIO_TYPES = {"m4a", "mp3", "mp4", "wav", "webm", "ogg"}
HOME_SUGGESTIONS_MODEL = "groq/llama-3.1-8b-instant"


def _clean(text: str) -> str:
    return _MENTION_RE.sub("", text or "").strip()


def _ctx(event: Dict[str, Any], team_id: str = "") -> ToolContext:
    return ToolContext(
        slack_user=event.get("user", ""),
        channel=event["channel"],
        thread_ts=event.get("thread_ts") or event.get("ts"),
        team_id=team_id or event.get("team"),
    )


async def _reply(client: AsyncWebClient, ctx: ToolContext, text: str, attachments: List[Dict[str, Any]]) -> None:
    await client.chat_postMessage(channel=ctx.channel, thread_ts=ctx.thread_ts, text=text, unfurl_links=False)
    for att in attachments:
        if "image_png" in att:
            await client.files_upload_v2(
                channel=ctx.channel,
                thread_ts=ctx.thread_ts,
                content=att["image_png"],
                filename=att.get("filename", "image.png"),
            )


async def _answer(event: Dict[str, Any], client: AsyncWebClient, context: Dict[str, Any]) -> None:
    text = _clean(event.get("text", ""))
    if not text:
        return
    ctx = _ctx(event, context.get("team_id", ""))
    await client.reactions_add(channel=ctx.channel, timestamp=event["ts"], name="eyes")
    try:
        reply = await get_runner().handle(ctx, text)
        await _reply(client, ctx, reply.text, reply.attachments)
    except AssistantError as exc:
        log.warning("assistant error: %s", exc)
        await _reply(client, ctx, exc.user_message, [])
    except Exception:
        log.exception("unhandled error answering %s", event.get("ts"))
        await _reply(client, ctx, "Something broke on my side, sorry. The team has been notified.", [])
    finally:
        try:
            await client.reactions_remove(channel=ctx.channel, timestamp=event["ts"], name="eyes")
        except Exception:  # already removed / message deleted
            pass


async def _home_suggestions(user_id: str) -> List[str]:
    async with llm_tracker.track_llm_call(
        provider="groq",
        model=HOME_SUGGESTIONS_MODEL,
        feature_context="app_home_suggestions",
        slack_user=user_id,
    ) as usage_log:
        response = await litellm.acompletion(
            model=HOME_SUGGESTIONS_MODEL,
            messages=[
                {
                    "role": "user",
                    "content": "Give four short example requests an engineer could ask an internal "
                    "Slack assistant that can search docs, file Jira tickets, translate and review code. "
                    "One per line, no numbering.",
                }
            ],
            max_tokens=120,
            temperature=0.9,
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    lines = (response.choices[0].message.content or "").splitlines()
    return [ln.strip("-• ").strip() for ln in lines if ln.strip()][:4]


def register(app: AsyncApp) -> None:
    @app.event("app_mention")
    async def on_mention(event, client, context):
        await _answer(event, client, context)

    @app.event("message")
    async def on_message(event, client, context):
        if event.get("channel_type") != "im" or event.get("bot_id") or event.get("subtype"):
            return
        await _answer(event, client, context)

    @app.event("file_shared")
    async def on_file_shared(event, client):
        info = await client.files_info(file=event["file_id"])
        f = info["file"]
        if f.get("filetype") in _AUDIO_TYPES and f.get("size", 0) < 25 * 1024 * 1024:
            jobs.enqueue_transcription(f["id"], event["channel_id"], f.get("name", "audio"))

    @app.event("reaction_added")
    async def on_reaction(event):
        if event.get("reaction") == "memo" and event["item"].get("type") == "message":
            jobs.enqueue_action_items(event["item"]["channel"], event["item"]["ts"], event["user"])

    @app.shortcut("explain_message")
    async def on_explain(ack, shortcut, client):
        await ack()
        message = shortcut["message"]
        channel = shortcut["channel"]["id"]
        system = SYSTEM_PROMPT.format(today="today", user=shortcut["user"]["id"], channel=channel, summary="")
        usage = await stream_claude_to_slack(
            client,
            channel,
            message.get("thread_ts") or message["ts"],
            system,
            [{"role": "user", "content": f"Explain this message for someone new to the team:\n\n{message.get('text', '')}"}],
        )
        log.info("explain_message usage %s", usage)

    @app.event("app_home_opened")
    async def on_home(event, client):
        try:
            ideas = await _home_suggestions(event["user"])
        except Exception:
            log.info("home suggestions unavailable", exc_info=True)
            ideas = ["Find the on-call runbook for payments", "File a bug for the flaky login test"]
        blocks = [
            {"type": "header", "text": {"type": "plain_text", "text": "Hi, I'm Otto 👋"}},
            {"type": "section", "text": {"type": "mrkdwn", "text": "Mention me in a channel or DM me. Try:"}},
            *({"type": "section", "text": {"type": "mrkdwn", "text": f"• {idea}"}} for idea in ideas),
        ]
        await client.views_publish(user_id=event["user"], view={"type": "home", "blocks": blocks})
