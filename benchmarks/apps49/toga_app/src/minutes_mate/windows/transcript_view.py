"""Transcript pane with a small "ask the transcript" box underneath."""
from __future__ import annotations

import asyncio
import logging

import toga
from toga.style import Pack
from toga.style.pack import COLUMN, ROW

log = logging.getLogger(__name__)

CLEANUP_PROMPT = (
    "Clean up this raw transcript: fix punctuation, remove filler words (um, uh, like), "
    "keep every statement and the timestamps. Return only the cleaned transcript.\n\n"
)


class TranscriptView(toga.Box):
    def __init__(self, on_ask=None, **kwargs):
        super().__init__(style=Pack(direction=COLUMN, flex=1), **kwargs)
        self._on_ask = on_ask
        self.text_area = toga.MultilineTextInput(style=Pack(flex=1), placeholder="Transcript appears here")
        self.question = toga.TextInput(placeholder="Ask about this meeting (runs locally)", style=Pack(flex=1))
        self.answer = toga.Label("", style=Pack(padding=4))
        ask_row = toga.Box(
            children=[
                self.question,
                toga.Button("Ask", on_press=self.on_ask_pressed, style=Pack(padding_left=4)),
                toga.Button("Clean up", on_press=self.on_cleanup, style=Pack(padding_left=4)),
            ],
            style=Pack(direction=ROW, padding_top=4),
        )
        self.add(self.text_area, ask_row, self.answer)

    @property
    def text(self) -> str:
        return self.text_area.value or ""

    def show_text(self, text: str) -> None:
        self.text_area.value = text

    async def on_ask_pressed(self, widget):
        q = (self.question.value or "").strip()
        if not q or not self._on_ask:
            return
        self.answer.text = "Thinking…"
        try:
            self.answer.text = await self._on_ask(q)
        except Exception as exc:
            log.exception("ask failed")
            self.answer.text = f"Error: {exc}"

    async def on_cleanup(self, widget):
        raw = self.text
        if not raw:
            return
        widget.enabled = False
        try:
            mistral = self.app.clients.mistral
            resp = await mistral.chat.complete_async(
                model="mistral-small-latest",
                messages=[{"role": "user", "content": CLEANUP_PROMPT + raw}],
                temperature=0.0,
            )
            self.show_text(resp.choices[0].message.content)
        finally:
            widget.enabled = True

    async def cleanup_offline(self):
        """Fallback when there is no Mistral key; uses the app's offline assistant's client."""
        client = self.app.offline.client
        resp = await client.generate(model=self.app.settings.ollama_model, prompt=CLEANUP_PROMPT + self.text)
        self.show_text(resp.response)
        await asyncio.sleep(0)
