"""Intake form: new requests from the business are triaged by a local model,
so nothing leaves the laptop until a lawyer accepts the request."""
from __future__ import annotations

import json
import logging

import flet as ft
import ollama

from counseldesk.utils.prompts import INTAKE_SYSTEM

log = logging.getLogger(__name__)

CATEGORY_ICONS = {
    "contract": ft.Icons.HANDSHAKE,
    "employment": ft.Icons.BADGE,
    "litigation": ft.Icons.GAVEL,
    "privacy": ft.Icons.LOCK,
    "ip": ft.Icons.LIGHTBULB,
    "corporate": ft.Icons.BUSINESS,
}


class IntakeForm(ft.Column):
    def __init__(self, ollama_client: ollama.AsyncClient, model: str = "llama3.1:8b") -> None:
        super().__init__(expand=True)
        self._ollama = ollama_client
        self.model = model
        self.requester = ft.TextField(label="Requester")
        self.request = ft.TextField(label="Request", multiline=True, min_lines=5)
        self.result = ft.Column()
        self.controls = [
            ft.Text("Intake", style=ft.TextThemeStyle.TITLE_LARGE),
            self.requester,
            self.request,
            ft.Row(
                [
                    ft.FilledButton("Triage", on_click=self.triage),
                    ft.OutlinedButton("Quick label (offline)", on_click=self.quick_label),
                ]
            ),
            self.result,
        ]

    async def triage(self, e) -> None:
        text = (self.request.value or "").strip()
        if not text:
            return
        resp = await self._ollama.chat(
            model=self.model,
            messages=[{"role": "system", "content": INTAKE_SYSTEM}, {"role": "user", "content": text}],
            format="json",
            options={"temperature": 0},
        )
        try:
            data = json.loads(resp.message.content)
        except json.JSONDecodeError:
            data = {"category": "other", "urgency": "normal", "summary": resp.message.content[:200]}
        self._show(data)

    def quick_label(self, e) -> None:
        # older code path: default module-level client on localhost
        resp = ollama.chat(
            model="qwen2.5:3b",
            messages=[{"role": "user", "content": "One word category for: " + (self.request.value or "")}],
        )
        self._show({"category": resp["message"]["content"].strip().lower(), "urgency": "normal", "summary": ""})

    def _show(self, data: dict) -> None:
        cat = data.get("category", "other")
        self.result.controls = [
            ft.ListTile(
                leading=ft.Icon(CATEGORY_ICONS.get(cat, ft.Icons.HELP_OUTLINE)),
                title=ft.Text(f"{cat.title()} · urgency {data.get('urgency', 'normal')}"),
                subtitle=ft.Text(data.get("summary", "")),
            )
        ]
        self.update()
