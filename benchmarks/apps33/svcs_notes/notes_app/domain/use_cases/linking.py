"""Find related notes and explain the connection (Gemini)."""

from __future__ import annotations

import logging

from google.genai import types

from notes_app.domain.models import Link, Note
from notes_app.domain.repositories import NoteRepository
from notes_app.services import get_gemini_client

log = logging.getLogger(__name__)

EMBED_MODEL = "text-embedding-004"
EXPLAIN_MODEL = "gemini-2.0-flash"


def _dot(a, b) -> float:
    return sum(x * y for x, y in zip(a, b))


class LinkSuggester:
    def __init__(self, repo: NoteRepository, threshold: float = 0.82) -> None:
        self.repo = repo
        self.threshold = threshold
        self.client = get_gemini_client()

    def _vectors(self, notes: list[Note]) -> list[list[float]]:
        result = self.client.models.embed_content(
            model=EMBED_MODEL,
            contents=[n.title + "\n" + n.body[:3000] for n in notes],
            config=types.EmbedContentConfig(task_type="SEMANTIC_SIMILARITY"),
        )
        return [e.values for e in result.embeddings]

    def explain(self, a: Note, b: Note) -> str:
        resp = self.client.models.generate_content(
            model=EXPLAIN_MODEL,
            contents=(
                "In one sentence, say how these two notes are related.\n\n"
                f"A: {a.title}\n{a.body[:1500]}\n\nB: {b.title}\n{b.body[:1500]}"
            ),
            config=types.GenerateContentConfig(max_output_tokens=80, temperature=0.1),
        )
        return (resp.text or "").strip()

    def suggest_for(self, note: Note, candidates: list[Note]) -> list[Link]:
        if not candidates:
            return []
        vecs = self._vectors([note, *candidates])
        base, rest = vecs[0], vecs[1:]
        links = []
        for cand, vec in zip(candidates, rest):
            if _dot(base, vec) >= self.threshold:
                links.append(Link(note.id, cand.id, self.explain(note, cand)))
        log.info("note %s: %d links", note.id, len(links))
        return links
