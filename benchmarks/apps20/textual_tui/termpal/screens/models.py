"""Model picker: lists what each configured provider offers."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import ollama
from textual import on, work
from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets import Label, LoadingIndicator, OptionList
from textual.widgets.option_list import Option

if TYPE_CHECKING:
    from termpal.app import TermpalApp


class ModelPickerScreen(ModalScreen[str | None]):
    BINDINGS = [("escape", "dismiss(None)", "Close")]

    app: "TermpalApp"

    def compose(self) -> ComposeResult:
        yield Label(f"Models for {self.app.provider}")
        yield LoadingIndicator()
        yield OptionList(id="models")

    def on_mount(self) -> None:
        self.load_models(self.app.provider)

    async def _fetch(self, provider: str) -> list[str]:
        if provider == "openai":
            page = await self.app.openai.models.list()
            return sorted(m.id for m in page.data)
        if provider == "anthropic":
            page = await self.app.anthropic.models.list()
            return [m.id for m in page.data]
        if provider == "google":
            return [m.name for m in self.app.genai.models.list() if m.name]
        if provider == "ollama":
            listing = await asyncio.to_thread(ollama.list)
            return [m.model for m in listing.models]
        return await self.app.backend(provider).list_models()

    @work(exclusive=True)
    async def load_models(self, provider: str) -> None:
        try:
            names = await self._fetch(provider)
        except Exception as exc:
            self.notify(str(exc), severity="error")
            names = []
        self.query_one(LoadingIndicator).display = False
        options = self.query_one("#models", OptionList)
        current = self.app.settings.model_for(provider)
        options.add_options(Option(("● " if n == current else "  ") + n, id=n) for n in names)

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.app.settings.models[self.app.provider] = event.option.id
        self.dismiss(event.option.id)
