"""Settings screen with API-key checks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from groq import Groq
from openai import OpenAI
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Grid
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Switch

from termpal.backends import build_registry
from termpal.clients import reset_clients
from termpal.config import PROVIDERS, save_settings

if TYPE_CHECKING:
    from termpal.app import TermpalApp


class SettingsScreen(ModalScreen[bool]):
    BINDINGS = [("escape", "dismiss(False)", "Cancel")]

    app: "TermpalApp"

    def compose(self) -> ComposeResult:
        s = self.app.settings
        with Grid(id="settings"):
            yield Label("Provider")
            yield Select([(p, p) for p in PROVIDERS], value=s.provider, allow_blank=False, id="provider")
            yield Label("OpenAI key")
            yield Input(password=True, id="openai_api_key", value=s.openai_api_key or "")
            yield Label("Groq key")
            yield Input(password=True, id="groq_api_key", value=s.groq_api_key or "")
            yield Label("Inline suggestions")
            yield Switch(value=s.suggestions, id="suggestions")
            yield Label("Moderate prompts")
            yield Switch(value=s.moderation, id="moderation")
            yield Button("Test keys", id="test")
            yield Button("Save", id="save", variant="primary")

    @on(Button.Pressed, "#test")
    def test(self) -> None:
        self.check_keys(
            self.query_one("#openai_api_key", Input).value,
            self.query_one("#groq_api_key", Input).value,
        )

    @work(thread=True, exclusive=True)
    def check_keys(self, openai_key: str, groq_key: str) -> None:
        results = []
        if openai_key:
            try:
                probe = OpenAI(api_key=openai_key, max_retries=0)
                probe.chat.completions.create(
                    model="gpt-4o-mini",
                    messages=[{"role": "user", "content": "Reply with OK"}],
                    max_tokens=2,
                )
                results.append("openai ✓")
            except Exception as exc:
                results.append(f"openai ✗ ({type(exc).__name__})")
        if groq_key:
            try:
                Groq(api_key=groq_key, max_retries=0).models.list()
                results.append("groq ✓")
            except Exception as exc:
                results.append(f"groq ✗ ({type(exc).__name__})")
        self.app.call_from_thread(self.notify, ", ".join(results) or "no keys entered")

    @on(Button.Pressed, "#save")
    def save(self) -> None:
        s = self.app.settings
        s.provider = str(self.query_one("#provider", Select).value)
        s.openai_api_key = self.query_one("#openai_api_key", Input).value or None
        s.groq_api_key = self.query_one("#groq_api_key", Input).value or None
        s.suggestions = self.query_one("#suggestions", Switch).value
        s.moderation = self.query_one("#moderation", Switch).value
        save_settings(s)
        reset_clients()
        self.app.backends = build_registry(s)
        self.app.provider = s.provider
        self.dismiss(True)
