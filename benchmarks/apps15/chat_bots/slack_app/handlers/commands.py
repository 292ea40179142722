"""Slash commands: /ask, /persona, /grok, /imagine, /tldr, /ask-raw."""
from __future__ import annotations

import asyncio
import json
import logging
import shlex

import replicate

from shared.clients import get_xai
from shared.config import DEFAULT_GROK_MODEL, DEFAULT_TOGETHER_MODEL, FLUX_PRO_MODEL
from shared.errors import BotError
from shared.http_fallback import RawGroq
from shared.images import start_hq_image
from shared.models import ChatMessage
from shared.moderation import check_text
from shared.store import conversation_key
from shared.text_utils import SLACK_LIMIT, quote_block
from slack_app import deps

log = logging.getLogger(__name__)

_raw_groq = None


def _parse_flags(text: str):
    """`/imagine --hq --aspect wide a cat in a hat` -> ({"hq": True, "aspect": "wide"}, "a cat in a hat")"""
    flags, words = {}, []
    try:
        parts = shlex.split(text)
    except ValueError:
        parts = text.split()
    it = iter(parts)
    for part in it:
        if part == "--hq":
            flags["hq"] = True
        elif part == "--aspect":
            flags["aspect"] = next(it, "square")
        else:
            words.append(part)
    return flags, " ".join(words)


def register(app):
    @app.command("/ask")
    async def ask(ack, command, respond):
        await ack()
        question = command.get("text", "").strip()
        user_id = command["user_id"]
        try:
            await deps.limiter.check_chat(user_id)
            await check_text(question)
            persona = deps.registry.get(None)
            reply = await deps.router.complete(
                persona, [ChatMessage(role="user", content=question, author_id=user_id)], user_id=user_id
            )
        except BotError as err:
            await respond(text=err.user_message, response_type="ephemeral")
            return
        await respond(text=f"{quote_block(question)}\n{reply.text}"[:SLACK_LIMIT], response_type="in_channel")

    @app.command("/persona")
    async def set_persona(ack, command, respond):
        await ack()
        name = command.get("text", "").strip().lower()
        if not name:
            await respond(text="Available personas: " + ", ".join(deps.registry.names()))
            return
        if name not in deps.registry:
            await respond(text=f"No persona called `{name}`.")
            return
        key = conversation_key(deps.PLATFORM, command["channel_id"])
        await deps.store.set_persona(key, name)
        await respond(text=f"Persona for this channel set to *{name}*.", response_type="in_channel")

    @app.command("/grok")
    async def grok(ack, command, respond):
        await ack()
        question = command.get("text", "").strip()
        try:
            await deps.limiter.check_chat(command["user_id"])
        except BotError as err:
            await respond(text=err.user_message)
            return
        xai = get_xai()
        completion = await xai.chat.completions.create(
            model=DEFAULT_GROK_MODEL,
            messages=[
                {"role": "system", "content": "You are Grok, answering in a Slack channel. Keep it short."},
                {"role": "user", "content": question},
            ],
            max_tokens=600,
        )
        await respond(text=completion.choices[0].message.content[:SLACK_LIMIT], response_type="in_channel")

    @app.command("/imagine")
    async def imagine(ack, command, respond, client):
        await ack()
        flags, prompt = _parse_flags(command.get("text", ""))
        user_id = command["user_id"]
        if not prompt:
            await respond(text="Usage: `/imagine [--hq] [--aspect wide|tall|square] <prompt>`")
            return
        try:
            await deps.limiter.check_image(user_id)
            await check_text(prompt)
        except BotError as err:
            await respond(text=err.user_message)
            return

        if flags.get("hq"):
            reply_to = json.dumps({"platform": "slack", "channel": command["channel_id"], "user": user_id})
            await start_hq_image(prompt, flags.get("aspect"), reply_to)
            await respond(text="Rendering in high quality, I'll post it here when it's done :art:")
            return

        # replicate.async_run kept timing out behind the LB proxy; the sync client in a thread is fine
        output = await asyncio.to_thread(
            replicate.run,
            FLUX_PRO_MODEL,
            input={"prompt": prompt, "aspect_ratio": "1:1", "output_format": "png"},
        )
        await client.chat_postMessage(
            channel=command["channel_id"],
            text=f"<@{user_id}>: {prompt}",
            blocks=[
                {"type": "section", "text": {"type": "mrkdwn", "text": f"<@{user_id}>: _{prompt}_"}},
                {"type": "image", "image_url": str(output), "alt_text": prompt[:200]},
            ],
        )

    @app.command("/tldr")
    async def tldr(ack, command, respond, client):
        await ack()
        history = await client.conversations_history(channel=command["channel_id"], limit=80)
        lines = [f"{m.get('user', 'bot')}: {m.get('text', '')}" for m in reversed(history["messages"])]
        resp = await deps.together.chat.completions.create(
            model=DEFAULT_TOGETHER_MODEL,
            messages=[
                {"role": "system", "content": "Summarise this Slack channel excerpt in 5 bullets."},
                {"role": "user", "content": "\n".join(lines)},
            ],
            max_tokens=400,
            temperature=0.3,
        )
        await respond(text=resp.choices[0].message.content, response_type="ephemeral")

    @app.command("/ask-raw")
    async def ask_raw(ack, command, respond):
        """Debug helper for maintainers: dumps Groq's raw JSON."""
        global _raw_groq
        await ack()
        if _raw_groq is None:
            _raw_groq = RawGroq()
        data = await _raw_groq.chat([{"role": "user", "content": command.get("text", "")}], max_tokens=200)
        await respond(text="```" + json.dumps(data, indent=2)[: SLACK_LIMIT - 6] + "```")
