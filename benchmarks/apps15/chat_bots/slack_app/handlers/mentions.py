"""@mentions in channels and direct messages.

Channel mentions stream the answer into a placeholder message (users complained
about the 5-10 s of silence). DMs go through multi_model_service since the
2024 tracking push; mentions haven't been migrated because the service can't
stream yet.
"""
from __future__ import annotations

import logging
import time

from shared.errors import BotError
from shared.models import ChatMessage
from shared.moderation import check_text
from shared.services.multi_model_service import TaskComplexity, multi_model_service
from shared.store import conversation_key
from shared.text_utils import SLACK_LIMIT, strip_mentions
from slack_app import deps

log = logging.getLogger(__name__)

UPDATE_EVERY = 0.8  # seconds between chat.update calls (Slack tier 3 ~ 50/min)
THINKING = ":hourglass_flowing_sand: thinking…"


async def _stream_answer(client, channel: str, thread_ts: str, persona, history) -> str:
    placeholder = await client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=THINKING)
    ts = placeholder["ts"]

    stream = await deps.groq.chat.completions.create(
        model=persona.model,
        messages=[persona.system_message()] + [m.to_api() for m in history],
        temperature=persona.temperature,
        max_tokens=persona.max_tokens,
        stream=True,
    )
    text = ""
    last_push = 0.0
    async for chunk in stream:
        delta = chunk.choices[0].delta.content if chunk.choices else None
        if not delta:
            continue
        text += delta
        now = time.monotonic()
        if now - last_push > UPDATE_EVERY:
            await client.chat_update(channel=channel, ts=ts, text=text[:SLACK_LIMIT] + " ▍")
            last_push = now
    await client.chat_update(channel=channel, ts=ts, text=text[:SLACK_LIMIT] or "_(no answer)_")
    return text


def register(app):
    @app.event("app_mention")
    async def on_mention(event, client, say):
        user_id = event.get("user", "")
        channel = event["channel"]
        thread_ts = event.get("thread_ts") or event["ts"]
        question = strip_mentions(event.get("text", ""))
        if not question:
            await say(text="Hi! Ask me something :wave:", thread_ts=thread_ts)
            return
        try:
            await deps.limiter.check_chat(user_id)
            await check_text(question)
        except BotError as err:
            await say(text=err.user_message, thread_ts=thread_ts)
            return

        key = conversation_key(deps.PLATFORM, channel, thread_ts)
        persona = deps.registry.get(await deps.store.get_persona(key))
        history = await deps.store.history(key)
        history.append(ChatMessage(role="user", content=question, author_id=user_id))

        if persona.provider == "groq":
            answer = await _stream_answer(client, channel, thread_ts, persona, history)
        else:
            reply = await deps.router.complete(persona, history, user_id=user_id)
            answer = reply.text
            await say(text=answer[:SLACK_LIMIT], thread_ts=thread_ts)
        await deps.store.append(key, history[-1], ChatMessage(role="assistant", content=answer))

    @app.event("message")
    async def on_dm(event, say):
        if event.get("channel_type") != "im" or event.get("bot_id") or event.get("subtype"):
            return
        user_id = event.get("user", "")
        try:
            await deps.limiter.check_chat(user_id)
        except BotError as err:
            await say(text=err.user_message)
            return
        key = conversation_key(deps.PLATFORM, event["channel"])
        history = await deps.store.history(key)
        persona = deps.registry.get(None)
        answer = await multi_model_service.generate_response(
            prompt=event.get("text", ""),
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
            system_prompt=persona.system_prompt,
            history=[m.to_api() for m in history],
            user_id=user_id,
        )
        await say(text=answer[:SLACK_LIMIT])
        await deps.store.append(
            key,
            ChatMessage(role="user", content=event.get("text", ""), author_id=user_id),
            ChatMessage(role="assistant", content=answer),
        )
