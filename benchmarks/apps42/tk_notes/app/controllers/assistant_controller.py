"""Assistant panel logic.  All network work happens in app.workers threads;
results come back through NotesApp.ui_queue."""
from __future__ import annotations

import asyncio
import functools
import logging

from app.models import AIHistory, Exchange
from app.workers import run_in_background
from services import get_anthropic_client, get_provider
from services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

SYSTEM_PROMPT = (
    "You are a writing assistant inside a note-taking app. Be concise. "
    "When the user includes a note, answer about that note."
)


class AssistantController:
    def __init__(self, app, panel, editor, history: AIHistory | None = None):
        self.app = app
        self.panel = panel
        self.editor = editor
        self.history = history or AIHistory()
        self._worker = None
        self._pending: Exchange | None = None
        app.register_handler("ask", self._on_answer)
        app.register_handler("ask-stream", self._on_chunk)
        app.register_handler("rewrite", self._on_rewrite)
        app.register_handler("continue", self._on_continue)

    # -- chat panel ---------------------------------------------------------
    def ask(self, prompt: str) -> None:
        settings = self.app.settings
        note = self.app.notes.current
        content = prompt
        if self.panel.include_note.get() and note:
            content = f"{prompt}\n\n---\n{note.title}\n{self.editor.get_body()}"
        messages = self.history.as_messages(note.id if note else None) + [{"role": "user", "content": content}]
        provider = get_provider(settings.provider, settings)
        self._pending = Exchange(prompt=prompt, provider=provider.name, model=provider.model,
                                 note_id=note.id if note else None)
        self.panel.add_user(prompt)
        self.panel.start_answer()
        if settings.stream_responses:
            self._worker = run_in_background(
                self.app.ui_queue, "ask-stream", lambda: provider.stream(messages, SYSTEM_PROMPT), stream=True
            )
        else:
            self._worker = run_in_background(
                self.app.ui_queue, "ask", lambda: provider.complete(messages, SYSTEM_PROMPT)
            )

    def cancel(self) -> None:
        if self._worker:
            self._worker.cancelled.set()
        self.panel.finish_answer()

    def _on_answer(self, result) -> None:
        self.panel.add_chunk(result.text)
        self.panel.finish_answer()
        if self._pending:
            self._pending.response = result.text
            self.history.add(self._pending)
        self.app.status.cost.set(f"{result.input_tokens}+{result.output_tokens} tok")

    def _on_chunk(self, chunk) -> None:
        if chunk is None:  # "done"
            self.panel.finish_answer()
            if self._pending:
                self.history.add(self._pending)
            return
        self.panel.add_chunk(chunk)
        if self._pending:
            self._pending.response += chunk

    # -- editor actions -----------------------------------------------------
    def explain_selection(self) -> None:
        text = self.editor.get_selection()
        if not text:
            return
        self.panel.add_user(f"Explain: {text[:60]}…")
        self.panel.start_answer()

        def job():
            return asyncio.run(
                multi_model_service.generate_response(
                    prompt=f"Explain this passage simply:\n\n{text}",
                    task_type="explain_selection",
                    complexity=TaskComplexity.SIMPLE,
                )
            )

        run_in_background(self.app.ui_queue, "ask", lambda: _TextResult(job()))

    def rewrite_selection(self, style: str = "clearer") -> None:
        text = self.editor.get_selection()
        if not text:
            self.app.status.message.set("Select some text first")
            return
        send = functools.partial(
            get_anthropic_client().messages.create,
            model=self.app.settings.model_for("anthropic"),
            max_tokens=2048,
            system="Rewrite the user's text. Return only the rewritten text.",
        )

        def job():
            msg = send(messages=[{"role": "user", "content": f"Make this {style}:\n\n{text}"}])
            return msg.content[0].text

        self.app.status.busy("Rewriting…")
        run_in_background(self.app.ui_queue, "rewrite", job)

    def _on_rewrite(self, text: str) -> None:
        self.editor.replace_selection(text)
        self.app.status.idle("Rewritten")

    def continue_writing(self) -> None:
        body = self.editor.get_body()
        client = self.app.openai_client
        model = self.app.settings.model_for("openai")

        def job():
            resp = client.chat.completions.create(
                model=model,
                messages=[
                    {"role": "system", "content": "Continue the user's note in the same voice. 1-2 paragraphs."},
                    {"role": "user", "content": body[-6000:]},
                ],
                max_tokens=400,
            )
            return resp.choices[0].message.content

        self.app.status.busy("Writing…")
        run_in_background(self.app.ui_queue, "continue", job)

    def _on_continue(self, text: str) -> None:
        self.editor.append_ai("\n" + text)
        self.app.status.idle()


class _TextResult:
    def __init__(self, text: str):
        self.text = text
        self.input_tokens = self.output_tokens = 0
