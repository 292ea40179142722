"""Drafting panel (Grok)."""
from __future__ import annotations

import logging

import flet as ft
from xai_sdk.chat import system, user

from counseldesk.services.drafting import DraftingService
from counseldesk.services.redaction import screen_outgoing
from counseldesk.utils.prompts import LETTER_TEMPLATES

log = logging.getLogger(__name__)

TONES = ["firmer", "softer", "shorter", "more formal"]


class DraftingPanel(ft.Column):
    def __init__(self, drafting: DraftingService) -> None:
        super().__init__(expand=True, scroll=ft.ScrollMode.AUTO)
        self._drafting = drafting
        self.kind = ft.Dropdown(
            label="Letter type",
            value="general",
            options=[ft.dropdown.Option(k, k.replace("_", " ").title()) for k in LETTER_TEMPLATES],
            width=220,
        )
        self.recipient = ft.TextField(label="Recipient", width=260)
        self.facts = ft.TextField(label="Facts", multiline=True, min_lines=4, max_lines=12)
        self.output = ft.TextField(label="Draft", multiline=True, min_lines=10, read_only=False)
        self.status = ft.Text("")
        self.controls = [
            ft.Text("Drafting", style=ft.TextThemeStyle.TITLE_LARGE),
            ft.Row([self.kind, self.recipient]),
            self.facts,
            ft.Row(
                [
                    ft.FilledButton("Draft", icon=ft.Icons.AUTO_AWESOME, on_click=self._on_draft),
                    *[ft.OutlinedButton(t.title(), data=t, on_click=self._on_tone) for t in TONES],
                    ft.TextButton("Check before sending", on_click=self._on_screen),
                ]
            ),
            self.status,
            self.output,
        ]

    def _on_draft(self, e) -> None:
        self.output.value = ""
        self.status.value = "Drafting…"
        self.update()
        self.page.run_thread(self._stream_worker)

    def _stream_worker(self) -> None:
        try:
            for piece in self._drafting.stream_draft(self.kind.value, self.facts.value or "", self.recipient.value or ""):
                self.output.value += piece
                self.update()
            self.status.value = "Done."
        except Exception as exc:  # noqa: BLE001
            log.exception("draft failed")
            self.status.value = f"Failed: {exc}"
        self.update()

    def _on_tone(self, e: ft.ControlEvent) -> None:
        tone = e.control.data
        xai = self.page.session.get("xai")
        chat = xai.chat.create(model="grok-3-mini", messages=[system("Rewrite the letter. Keep every fact.")])
        chat.append(user(f"Make it {tone}:\n\n{self.output.value}"))
        self.output.value = chat.sample().content
        self.update()

    def _on_screen(self, e) -> None:
        report = screen_outgoing(self.output.value or "")
        msgs = [f"{n} {k}" for k, n in report.counts.items()]
        if report.flagged:
            msgs.append("flagged: " + ", ".join(report.categories))
        self.status.value = "Redacted: " + (", ".join(msgs) or "nothing")
        self.output.value = report.text
        self.update()
