"""Semantic search over messages I saved with ``.remember``.

``.remember`` (reply) – embed and store the replied message
``.find <query>``     – top 5 most similar remembered messages
"""
from __future__ import annotations

from telethon import events

from services.embeddings import store
from utils.text import truncate


async def remember(event: events.NewMessage.Event) -> None:
    if not event.is_reply:
        await event.edit("reply to something to remember it")
        return
    msg = await event.get_reply_message()
    if not msg.raw_text:
        await event.edit("only text can be remembered")
        return
    await store.add([(event.chat_id, msg.id, msg.raw_text)])
    await event.edit("🧷 remembered")


async def find(event: events.NewMessage.Event) -> None:
    query = event.pattern_match.group(1)
    hits = await store.search(query, k=5)
    if not hits:
        await event.edit("nothing found")
        return
    lines = [f"🔎 **{query}**"]
    for score, chat_id, msg_id, text in hits:
        lines.append(f"{score:.2f} · `{chat_id}/{msg_id}` · {truncate(text, 160)}")
    await event.edit("\n".join(lines))


HANDLERS = [
    (remember, events.NewMessage(outgoing=True, pattern=r"^\.remember$")),
    (find, events.NewMessage(outgoing=True, pattern=r"^\.find (.+)")),
]
