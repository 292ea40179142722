"""Follow-up drafts window."""
from __future__ import annotations

import asyncio
import logging

import toga
from toga.style import Pack
from toga.style.pack import COLUMN, ROW

from minutes_mate.services.followups import (
    TONES,
    FollowupDrafter,
    draft_followup_tracked,
    rewrite_subject,
    stream_followup,
)

log = logging.getLogger(__name__)


class FollowupWindow(toga.Window):
    def __init__(self, summary: str, attendees: list[str]):
        super().__init__(title="Follow-ups", size=(720, 560))
        self.summary = summary
        self.recipient = toga.Selection(items=attendees or ["team"], style=Pack(flex=1))
        self.tone = toga.Selection(items=list(TONES), value="neutral", style=Pack(width=120))
        self.subject = toga.TextInput(style=Pack(flex=1))
        self.body = toga.MultilineTextInput(style=Pack(flex=1))
        self.use_tracked = toga.Switch("Use tracked service", value=True)

        self.content = toga.Box(
            children=[
                toga.Box(children=[self.recipient, self.tone, self.use_tracked], style=Pack(direction=ROW, padding=6)),
                toga.Box(
                    children=[
                        toga.Button("Draft", on_press=self.on_draft),
                        toga.Button("Live preview", on_press=self.on_preview, style=Pack(padding_left=4)),
                        toga.Button("Polish", on_press=self.on_polish, style=Pack(padding_left=4)),
                        toga.Button("Better subject", on_press=self.on_subject, style=Pack(padding_left=4)),
                        toga.Button("Copy", on_press=self.on_copy, style=Pack(padding_left=4)),
                    ],
                    style=Pack(direction=ROW, padding=6),
                ),
                self.subject,
                self.body,
            ],
            style=Pack(direction=COLUMN, padding=8),
        )

    async def on_draft(self, widget):
        recipient, tone = self.recipient.value, self.tone.value
        if self.use_tracked.value:
            draft = await draft_followup_tracked(self.summary, recipient, tone)
        else:
            drafter = FollowupDrafter(provider=self.app.settings.default_provider)
            loop = asyncio.get_running_loop()
            draft = await loop.run_in_executor(None, drafter.draft, self.summary, recipient, tone)
        self.subject.value = draft.subject
        self.body.value = draft.body

    async def on_preview(self, widget):
        self.body.value = ""
        loop = asyncio.get_running_loop()

        def on_delta(d):
            loop.call_soon_threadsafe(self._append, d)

        await asyncio.to_thread(stream_followup, self.summary, self.recipient.value, self.tone.value, on_delta)

    def _append(self, delta):
        self.body.value += delta

    async def on_polish(self, widget):
        client = self.app.clients.anthropic
        msg = await asyncio.to_thread(
            client.messages.create,
            model="claude-3-5-haiku-20241022",
            max_tokens=800,
            messages=[{"role": "user", "content": "Polish this e-mail, keep it short:\n\n" + self.body.value}],
        )
        self.body.value = msg.content[0].text

    async def on_subject(self, widget):
        self.subject.value = await asyncio.to_thread(rewrite_subject, self.subject.value)

    def on_copy(self, widget):
        self.app.clipboard = f"Subject: {self.subject.value}\n\n{self.body.value}"
