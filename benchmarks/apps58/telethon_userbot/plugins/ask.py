"""``.ask <question>`` – ask GPT, with per-chat memory.

``.ask! <question>`` streams the answer by editing the message.
``.reset`` forgets the conversation in this chat.
"""
from __future__ import annotations

import logging
import time

from telethon import TelegramClient, events

from config import settings
from core import prompts
from utils.telegram import input_or_reply, reply_long

log = logging.getLogger(__name__)

EDIT_EVERY = 1.2  # seconds; Telegram rate-limits edits


def _build_messages(client: TelegramClient, chat_id: int, question: str) -> list[dict[str, str]]:
    past = client.history.recent(chat_id)
    return [{"role": "system", "content": prompts.ASSISTANT}, *past, {"role": "user", "content": question}]


def setup(client: TelegramClient) -> None:
    @client.on(events.NewMessage(outgoing=True, pattern=r"^\.ask (.+)"))
    async def ask(event: events.NewMessage.Event) -> None:
        question = await input_or_reply(event)
        if not question:
            await event.edit("usage: .ask <question>")
            return
        await event.edit(f"**Q:** {question}\n\n_thinking…_")
        messages = _build_messages(event.client, event.chat_id, question)
        try:
            completion = await event.client.llm.chat.completions.create(
                model=settings.openai_model,
                messages=messages,
                temperature=0.6,
            )
        except Exception as exc:  # noqa: BLE001
            log.exception("ask failed")
            await event.edit(f"**Q:** {question}\n\n⚠️ {exc.__class__.__name__}")
            return
        answer = completion.choices[0].message.content or ""
        event.client.history.create(event.chat_id, "user", question)
        event.client.history.create(event.chat_id, "assistant", answer)
        await reply_long(event, f"**Q:** {question}\n\n{answer}", edit=event.message)

    @client.on(events.NewMessage(outgoing=True, pattern=r"^\.ask! (.+)"))
    async def ask_stream(event: events.NewMessage.Event) -> None:
        question = event.pattern_match.group(1)
        messages = _build_messages(event.client, event.chat_id, question)
        stream = await event.client.llm.chat.completions.create(
            model=settings.openai_model,
            messages=messages,
            stream=True,
        )
        text = ""
        last_edit = 0.0
        async for chunk in stream:
            if not chunk.choices:
                continue
            text += chunk.choices[0].delta.content or ""
            if time.monotonic() - last_edit > EDIT_EVERY and text.strip():
                await event.edit(f"**Q:** {question}\n\n{text}▌")
                last_edit = time.monotonic()
        await event.edit(f"**Q:** {question}\n\n{text}")
        event.client.history.create(event.chat_id, "user", question)
        event.client.history.create(event.chat_id, "assistant", text)

    @client.on(events.NewMessage(outgoing=True, pattern=r"^\.reset$"))
    async def reset(event: events.NewMessage.Event) -> None:
        n = event.client.history.clear(event.chat_id)
        await event.edit(f"forgot {n} turns")
