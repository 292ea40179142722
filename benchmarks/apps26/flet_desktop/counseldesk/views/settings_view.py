"""Settings: API keys, default models, playbook. Stored in client_storage."""
from __future__ import annotations

import logging
from typing import Callable

import flet as ft

from counseldesk import services
from counseldesk.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

KEY_FIELDS = [
    ("counseldesk.openai_key", "OpenAI API key"),
    ("counseldesk.anthropic_key", "Anthropic API key"),
    ("counseldesk.gemini_key", "Gemini API key"),
    ("counseldesk.xai_key", "xAI API key"),
    ("counseldesk.pplx_key", "Perplexity API key"),
]


class SettingsPanel(ft.Column):
    def __init__(self, on_keys_changed: Callable[[], None] | None = None) -> None:
        super().__init__(expand=True, scroll=ft.ScrollMode.AUTO)
        self._on_keys_changed = on_keys_changed
        self.key_inputs = {k: ft.TextField(label=label, password=True, can_reveal_password=True) for k, label in KEY_FIELDS}
        self.user_name = ft.TextField(label="Your name")
        self.practice_area = ft.TextField(label="Practice area")
        self.ollama_host = ft.TextField(label="Ollama host", hint_text="http://127.0.0.1:11434")
        self.playbook = ft.TextField(label="Contract playbook", multiline=True, min_lines=4)
        self.models_list = ft.Column()
        self.usage_text = ft.Text("")
        self.controls = [
            ft.Text("Settings", style=ft.TextThemeStyle.TITLE_LARGE),
            self.user_name,
            self.practice_area,
            *self.key_inputs.values(),
            self.ollama_host,
            self.playbook,
            ft.Row(
                [
                    ft.FilledButton("Save", on_click=self._save),
                    ft.OutlinedButton("Check available models", on_click=self._list_models),
                    ft.TextButton("Session usage", on_click=self._show_usage),
                ]
            ),
            self.usage_text,
            self.models_list,
        ]

    def did_mount(self) -> None:
        cs = self.page.client_storage
        for key, field in self.key_inputs.items():
            field.value = cs.get(key) or ""
        self.user_name.value = cs.get("counseldesk.user_name") or ""
        self.practice_area.value = cs.get("counseldesk.practice_area") or ""
        self.ollama_host.value = cs.get("counseldesk.ollama_host") or ""
        self.playbook.value = cs.get("counseldesk.playbook") or ""
        self.update()

    def _save(self, e) -> None:
        cs = self.page.client_storage
        changed = False
        for key, field in self.key_inputs.items():
            if (field.value or "") != (cs.get(key) or ""):
                changed = True
                cs.set(key, field.value or "")
        cs.set("counseldesk.user_name", self.user_name.value or "")
        cs.set("counseldesk.practice_area", self.practice_area.value or "")
        cs.set("counseldesk.ollama_host", self.ollama_host.value or "")
        cs.set("counseldesk.playbook", self.playbook.value or "")
        if changed and self._on_keys_changed:
            self._on_keys_changed()
        self.page.open(ft.SnackBar(ft.Text("Saved. Restart to apply new keys everywhere.")))

    def _list_models(self, e) -> None:
        self.page.run_thread(self._list_models_worker)

    def _list_models_worker(self) -> None:
        rows: list[ft.Control] = []
        checks = {
            "OpenAI": lambda: [m.id for m in services.get_openai_client().models.list() if m.id.startswith(("gpt", "o"))],
            "Gemini": lambda: [m.name for m in services.get_genai_client().models.list()],
            "Grok": lambda: [m.name for m in services.get_xai_client().models.list_language_models()],
            "Ollama": lambda: [m.model for m in services.get_ollama_client().list().models],
        }
        for label, fn in checks.items():
            try:
                names = fn()
                rows.append(ft.Text(f"{label}: {len(names)} models — {', '.join(sorted(names)[:6])}"))
            except Exception as exc:  # noqa: BLE001
                rows.append(ft.Text(f"{label}: unavailable ({exc})", color=ft.Colors.ERROR))
        self.models_list.controls = rows
        self.update()

    def _show_usage(self, e) -> None:
        totals = llm_tracker.session_totals()
        self.usage_text.value = (
            f"In: {totals['input_tokens']:,} tokens · Out: {totals['output_tokens']:,} tokens · ${totals['cost_usd']:.2f}"
        )
        self.update()
