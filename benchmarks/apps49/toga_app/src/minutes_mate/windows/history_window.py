"""Past meetings: list, semantic search, and "ask across meetings"."""
from __future__ import annotations

import asyncio
import logging

import toga
from toga.style import Pack
from toga.style.pack import COLUMN, ROW

from minutes_mate.services.embeddings import EmbeddingIndex

log = logging.getLogger(__name__)

ASK_SYSTEM = (
    "You answer questions using only the meeting excerpts provided. "
    "Cite the meeting id in brackets, e.g. [12]. Say so if the answer is not there."
)


class HistoryWindow(toga.Window):
    def __init__(self, store):
        super().__init__(title="Meeting history", size=(760, 600))
        self.store = store
        self.index = EmbeddingIndex(store)
        self.table = toga.Table(
            headings=["Title", "Date"],
            data=[(title, started) for _id, title, started in store.recent(50)],
            style=Pack(flex=1),
        )
        self.query = toga.TextInput(placeholder="Search or ask…", style=Pack(flex=1))
        self.results = toga.MultilineTextInput(readonly=True, style=Pack(flex=1))
        self.content = toga.Box(
            children=[
                self.table,
                toga.Box(
                    children=[
                        self.query,
                        toga.Button("Search", on_press=self.on_search, style=Pack(padding_left=4)),
                        toga.Button("Ask", on_press=self.on_ask, style=Pack(padding_left=4)),
                    ],
                    style=Pack(direction=ROW, padding=6),
                ),
                self.results,
            ],
            style=Pack(direction=COLUMN, padding=8),
        )

    async def on_search(self, widget):
        q = (self.query.value or "").strip()
        if not q:
            return
        hits = await self.index.search(q)
        self.results.value = "\n\n".join(f"[{mid}] ({score:.2f}) {chunk[:300]}" for score, mid, chunk in hits)

    async def on_ask(self, widget):
        q = (self.query.value or "").strip()
        if not q:
            return
        hits = await self.index.search(q, k=8)
        context = "\n\n".join(f"[{mid}] {chunk}" for _score, mid, chunk in hits)
        groq = self.app.clients.groq
        resp = await asyncio.to_thread(
            lambda: groq.chat.completions.create(
                model=self.app.settings.groq_chat_model,
                messages=[
                    {"role": "system", "content": ASK_SYSTEM},
                    {"role": "user", "content": f"Excerpts:\n{context}\n\nQuestion: {q}"},
                ],
                temperature=0.1,
            )
        )
        self.results.value = resp.choices[0].message.content
