"""Summarize a file or pasted text."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, Markdown, Select, TextArea
from textual.worker import get_current_worker

from termpal.prompts import SUMMARIZE, PromptBuilder
from termpal.services.llm_usage_tracker import llm_tracker
from termpal.workers import blocking_completion

if TYPE_CHECKING:
    from termpal.app import TermpalApp

ENGINES = [("Mistral", "mistral"), ("Claude", "anthropic"), ("OpenAI (sync)", "openai")]
STYLES = [("Bullet points", "bullet"), ("Paragraph", "prose"), ("TL;DR", "tldr")]


class SummarizeScreen(Screen):
    app: "TermpalApp"

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical():
            with Horizontal(id="controls"):
                yield Input(placeholder="path to a file (or paste below)", id="path")
                yield Select(ENGINES, value="mistral", id="engine", allow_blank=False)
                yield Select(STYLES, value="bullet", id="style", allow_blank=False)
                yield Button("Summarize", id="go", variant="primary")
            yield TextArea(id="source")
            yield Markdown(id="summary")
        yield Footer()

    def _source_text(self) -> str:
        path = self.query_one("#path", Input).value.strip()
        if path:
            p = Path(path).expanduser()
            if p.is_file():
                return p.read_text(errors="ignore")
        return self.query_one("#source", TextArea).text

    @on(Button.Pressed, "#go")
    def go(self) -> None:
        text = self._source_text()
        if not text.strip():
            self.notify("Nothing to summarize", severity="warning")
            return
        engine = self.query_one("#engine", Select).value
        style = str(self.query_one("#style", Select).value)
        builder = PromptBuilder(SUMMARIZE)
        if self.app.doc_index is not None and len(self.app.doc_index):
            for chunk in self.app.doc_index.query(text[:500], k=2):
                builder.add_context(chunk.text)
        prompt = builder.generate(style=style, words="200", text=text[:30_000])
        if engine == "mistral":
            self.summarize_mistral(prompt)
        elif engine == "anthropic":
            self.summarize_claude(prompt)
        else:
            self.summarize_openai(prompt)

    def _show(self, text: str) -> None:
        self.query_one("#summary", Markdown).update(text)

    @work(thread=True, exclusive=True, group="summarize")
    def summarize_mistral(self, prompt: str) -> None:
        client = self.app.mistral
        if client is None:
            self.app.call_from_thread(self.notify, "Mistral is not configured", severity="error")
            return
        resp = client.chat.complete(
            model=self.app.settings.model_for("mistral"),
            messages=[{"role": "user", "content": prompt}],
            temperature=0.2,
        )
        if get_current_worker().is_cancelled:
            return
        self.app.call_from_thread(self._show, resp.choices[0].message.content or "")

    @work(exclusive=True, group="summarize")
    async def summarize_claude(self, prompt: str) -> None:
        model = self.app.settings.model_for("anthropic")
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=model, feature_context="summarize"
        ) as usage_log:
            message = await self.app.anthropic.messages.create(
                model=model,
                max_tokens=1024,
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        self._show("".join(b.text for b in message.content if b.type == "text"))

    @work(exclusive=True, group="summarize")
    async def summarize_openai(self, prompt: str) -> None:
        text = await blocking_completion(
            self.app.openai_sync,
            self.app.settings.model_for("openai"),
            [{"role": "user", "content": prompt}],
            temperature=0.2,
        )
        self._show(text)
