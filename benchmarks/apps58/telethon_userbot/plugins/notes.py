"""Plain notes, no AI. ``.note name text`` / ``.get name`` / ``.notes`` / ``.del name``."""
from __future__ import annotations

import sqlite3

from telethon import TelegramClient, events

from config import settings


class Notes:
    def __init__(self, path: str) -> None:
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS notes (name TEXT PRIMARY KEY, body TEXT)")

    def create(self, name: str, body: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO notes VALUES (?, ?)", (name, body))
        self.db.commit()

    def get(self, name: str) -> str | None:
        row = self.db.execute("SELECT body FROM notes WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def names(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT name FROM notes ORDER BY name")]

    def delete(self, name: str) -> bool:
        cur = self.db.execute("DELETE FROM notes WHERE name = ?", (name,))
        self.db.commit()
        return cur.rowcount > 0


def setup(client: TelegramClient) -> None:
    notes = Notes(settings.db_path)

    @client.on(events.NewMessage(outgoing=True, pattern=r"^\.note (\S+)(?:\s+([\s\S]+))?$"))
    async def save(event: events.NewMessage.Event) -> None:
        name, body = event.pattern_match.group(1), event.pattern_match.group(2)
        if not body and event.is_reply:
            body = (await event.get_reply_message()).raw_text
        if not body:
            await event.edit("nothing to save")
            return
        notes.create(name, body)
        await event.edit(f"saved `{name}`")

    @client.on(events.NewMessage(outgoing=True, pattern=r"^\.get (\S+)$"))
    async def get(event: events.NewMessage.Event) -> None:
        body = notes.get(event.pattern_match.group(1))
        await event.edit(body or "no such note")

    @client.on(events.NewMessage(outgoing=True, pattern=r"^\.notes$"))
    async def list_notes(event: events.NewMessage.Event) -> None:
        names = notes.names()
        await event.edit("notes: " + (", ".join(f"`{n}`" for n in names) if names else "none"))

    @client.on(events.NewMessage(outgoing=True, pattern=r"^\.del (\S+)$"))
    async def delete(event: events.NewMessage.Event) -> None:
        ok = notes.delete(event.pattern_match.group(1))
        await event.edit("deleted" if ok else "no such note")
