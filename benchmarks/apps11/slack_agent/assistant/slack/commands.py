"""Slash commands: /ask, /tldr, /draft, /brainstorm, /otto."""
from __future__ import annotations

import asyncio
import logging
from typing import Iterable, List

from slack_bolt.async_app import AsyncApp

from assistant.config import get_settings
from assistant.llm.clients import anthropic_client, async_anthropic_client, mistral_client
from assistant.memory.store import get_store
from assistant.services.llm_usage_tracker import llm_tracker
from assistant.services.multi_model_service import TaskComplexity, multi_model_service
from assistant.slack.streaming import SlackMessageWriter
from assistant.tools import enabled_tools

log = logging.getLogger(__name__)

TLDR_HISTORY_LIMIT = 150


def completion(prefix: str, candidates: Iterable[str], limit: int = 20) -> List[str]:
    """Shell-style completion for the /otto sub-command argument."""
    prefix = prefix.lower().strip()
    matches = sorted(c for c in candidates if c.lower().startswith(prefix))
    return matches[:limit]


def _render_history(messages) -> str:
    lines = []
    for m in reversed(messages):
        if m.get("subtype") or not m.get("text"):
            continue
        lines.append(f"<@{m.get('user', '?')}>: {m['text']}")
    return "\n".join(lines)


def register(app: AsyncApp) -> None:
    @app.command("/ask")
    async def ask(ack, command, respond):
        await ack()
        question = (command.get("text") or "").strip()
        if not question:
            await respond("Usage: `/ask <question>`")
            return
        answer = await multi_model_service.generate_response(
            prompt=question,
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
            slack_user=command["user_id"],
        )
        await respond(response_type="ephemeral", text=answer)

    @app.command("/tldr")
    async def tldr(ack, command, client, respond):
        await ack()
        history = await client.conversations_history(channel=command["channel_id"], limit=TLDR_HISTORY_LIMIT)
        transcript = _render_history(history.get("messages", []))
        if not transcript:
            await respond("Nothing to summarize here yet.")
            return
        model = "claude-3-5-haiku-latest"
        async with llm_tracker.track_llm_call(
            provider="anthropic",
            model=model,
            feature_context="slash_tldr",
            slack_user=command["user_id"],
        ) as usage_log:
            message = await async_anthropic_client().messages.create(
                model=model,
                max_tokens=600,
                system="Summarize this Slack channel excerpt as 3-6 bullets: decisions, open questions, owners.",
                messages=[{"role": "user", "content": transcript}],
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        await respond(response_type="ephemeral", text=message.content[0].text)

    @app.command("/draft")
    async def draft(ack, command, respond):
        """Draft an announcement or reply from a few notes."""
        await ack()
        notes = (command.get("text") or "").strip()
        if not notes:
            await respond("Usage: `/draft <what you want to say>`")
            return
        settings = get_settings()
        msg = await asyncio.to_thread(
            lambda: anthropic_client().messages.create(
                model=settings.models.agent_model,
                max_tokens=800,
                system="Write a clear, friendly Slack message from the user's notes. No subject line.",
                messages=[{"role": "user", "content": notes}],
            )
        )
        await respond(response_type="ephemeral", text=msg.content[0].text)

    @app.command("/brainstorm")
    async def brainstorm(ack, command, client):
        await ack()
        topic = (command.get("text") or "").strip() or "team offsite activities"
        writer = SlackMessageWriter(client, command["channel_id"], None)
        await writer.start(f"_brainstorming: {topic}…_")
        stream = await mistral_client().chat.stream_async(
            model=get_settings().models.mistral_model,
            messages=[
                {"role": "system", "content": "Brainstorm 10 varied, concrete ideas as a numbered list."},
                {"role": "user", "content": topic},
            ],
            temperature=0.9,
        )
        async for event in stream:
            delta = event.data.choices[0].delta.content
            if delta:
                await writer.push(delta if isinstance(delta, str) else "")
        await writer.finish()

    @app.command("/otto")
    async def otto(ack, command, respond):
        await ack()
        sub, _, arg = (command.get("text") or "").strip().partition(" ")
        if sub == "forget":
            await get_store().clear(command["channel_id"], arg or command.get("thread_ts", ""))
            await respond("Forgotten. 🧹")
        elif sub == "tools":
            names = [t.name for t in enabled_tools(get_settings().enabled_tools)]
            await respond("Tools: " + ", ".join(f"`{n}`" for n in names))
        else:
            await respond("Usage: `/otto forget [thread_ts]` or `/otto tools`")

    @app.options("otto_tool_select")
    async def tool_options(ack, body):
        names = [t.name for t in enabled_tools(get_settings().enabled_tools)]
        matches = completion(body.get("value", ""), names)
        await ack(options=[{"text": {"type": "plain_text", "text": n}, "value": n} for n in matches])
