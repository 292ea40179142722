"""Commands shown in the command palette."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable

from app.views.command_palette import CommandPalette
from app.workers import run_in_background
from services import get_gemini_model, get_mistral_client, get_openai_client
from services import summarizer_legacy
from services.tagging import suggest_tags

log = logging.getLogger(__name__)


@dataclass
class Command:
    title: str
    run: Callable[[], None]
    needs_note: bool = True


class CommandRegistry:
    def __init__(self):
        self._commands: dict[str, Command] = {}

    def create(self, title: str, run: Callable[[], None], needs_note: bool = True) -> Command:
        cmd = Command(title, run, needs_note)
        self._commands[title] = cmd
        return cmd

    def titles(self) -> list[str]:
        return sorted(self._commands)

    def get(self, title: str) -> Command | None:
        return self._commands.get(title)


class PaletteController:
    def __init__(self, app):
        self.app = app
        self.registry = CommandRegistry()
        app.register_handler("palette", self._show_result)
        app.register_handler("tags", self._apply_tags)
        r = self.registry
        r.create("New note", app.notes.new_note, needs_note=False)
        r.create("Delete note", app.notes.delete_current)
        r.create("AI: Summarize note", self.summarize)
        r.create("AI: Summarize (classic)", self.summarize_classic)
        r.create("AI: Translate to English", lambda: self.translate("English"))
        r.create("AI: Translate to French", lambda: self.translate("French"))
        r.create("AI: Fix grammar (local)", self.fix_grammar)
        r.create("AI: Suggest tags", self.tags)
        r.create("AI: Continue writing", app.assistant.continue_writing)
        r.create("AI: Rewrite selection", app.assistant.rewrite_selection)
        r.create("AI: Explain selection", app.assistant.explain_selection)
        r.create("AI: Ask the web…", self.ask_web)
        r.create("Export…", app.export.open_dialog)
        r.create("Settings…", app.open_settings, needs_note=False)

    def open(self) -> None:
        CommandPalette(self.app, self.registry, self.run)

    def run(self, title: str) -> None:
        cmd = self.registry.get(title)
        if cmd is None:
            return
        if cmd.needs_note and self.app.notes.current is None:
            self.app.status.message.set("Open a note first")
            return
        cmd.run()

    def _body(self) -> str:
        return self.app.editor.get_body()

    def _bg(self, label: str, fn) -> None:
        self.app.status.busy(label)
        run_in_background(self.app.ui_queue, "palette", fn)

    def _show_result(self, text: str) -> None:
        self.app.status.idle()
        self.app.assistant_panel.add_user("(command)")
        self.app.assistant_panel.add_chunk(text)
        self.app.assistant_panel.finish_answer()

    def summarize(self) -> None:
        body = self._body()
        model = get_gemini_model(system_instruction="Summarize notes as short markdown bullet lists.")
        self._bg("Summarizing…", lambda: model.generate_content(body).text)

    def summarize_classic(self) -> None:
        body = self._body()
        self._bg("Summarizing…", lambda: summarizer_legacy.summarize(body))

    def translate(self, language: str) -> None:
        body = self._body()

        def job():
            res = get_mistral_client().chat.complete(
                model="mistral-large-latest",
                messages=[
                    {"role": "system", "content": f"Translate the user's text to {language}. Keep markdown."},
                    {"role": "user", "content": body},
                ],
            )
            return res.choices[0].message.content

        self._bg(f"Translating to {language}…", job)

    def fix_grammar(self) -> None:
        body = self._body()
        client = self.app.ollama
        model = self.app.settings.model_for("ollama")

        def job():
            out = client.generate(model=model, prompt=f"Fix grammar and spelling, change nothing else:\n\n{body}")
            return out["response"]

        self._bg("Fixing grammar…", job)

    def tags(self) -> None:
        note = self.app.notes.current
        body = self._body()
        run_in_background(self.app.ui_queue, "tags", lambda: suggest_tags(body, note.tags))

    def _apply_tags(self, tags: list[str]) -> None:
        note = self.app.notes.current
        if note:
            self.app.editor.tags_var.set(", ".join([*note.tags, *tags]))

    def ask_web(self) -> None:
        from tkinter import simpledialog

        q = simpledialog.askstring("Ask the web", "Question:", parent=self.app)
        if q:
            ctx = self._body()
            self._bg("Searching…", lambda: self._research(q, ctx))

    def _research(self, question: str, context: str) -> str:
        # Responses API with the hosted web search tool
        client = get_openai_client()
        response = client.responses.create(
            model="gpt-4o-mini",
            tools=[{"type": "web_search_preview"}],
            instructions="Answer concisely and cite sources as markdown links.",
            input=f"{question}\n\nNote context:\n{context[:3000]}",
        )
        return response.output_text
