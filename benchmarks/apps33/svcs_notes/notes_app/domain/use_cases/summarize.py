"""Summarize a note with Claude."""

from __future__ import annotations

import logging

import anthropic
import svcs

from notes_app.config import Settings
from notes_app.domain.repositories import NoteRepository

log = logging.getLogger(__name__)

SYSTEM = (
    "You summarize personal notes. Reply with 2-4 sentences, plain text, "
    "keep names, dates and numbers exactly as written."
)


class SummarizeNote:
    def __init__(self, repo: NoteRepository, client: anthropic.Anthropic, model: str) -> None:
        self.repo = repo
        self.client = client
        self.model = model

    @classmethod
    def from_container(cls, container: svcs.Container) -> "SummarizeNote":
        repo, client, settings = container.get(NoteRepository, anthropic.Anthropic, Settings)
        return cls(repo, client, settings.summary_model)

    def _too_long(self, body: str) -> bool:
        count = self.client.messages.count_tokens(
            model=self.model, messages=[{"role": "user", "content": body}]
        )
        return count.input_tokens > 30_000

    def __call__(self, note_id: int) -> str | None:
        note = self.repo.get(note_id)
        if note is None:
            return None
        body = note.body
        if self._too_long(body):
            body = body[:60_000]
        msg = self.client.messages.create(
            model=self.model,
            max_tokens=400,
            system=SYSTEM,
            messages=[{"role": "user", "content": f"# {note.title}\n\n{body}"}],
        )
        summary = msg.content[0].text.strip()
        note.summary = summary
        self.repo.update(note)
        log.info("summarized note %s (%d out tokens)", note_id, msg.usage.output_tokens)
        return summary
