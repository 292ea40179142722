"""Answer a question from the user's notes (RAG)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import openai

from notes_app.services.search import SearchHit, SearchService

INSTRUCTIONS = (
    "Answer using only the notes provided. Cite notes as [n] using their number. "
    "If the notes do not contain the answer, say so."
)


def build_context(hits: list[SearchHit]) -> str:
    parts = []
    for i, h in enumerate(hits, 1):
        parts.append(f"[{i}] {h.note.title}\n{h.note.body[:1500]}")
    return "\n\n".join(parts)


@dataclass
class Answer:
    text: str
    sources: list[int]


class AskNotes:
    def __init__(self, search: SearchService, llm: openai.OpenAI, model: str) -> None:
        self.search = search
        self.llm = llm
        self.model = model

    def _sources(self, hits: list[SearchHit]) -> list[int]:
        return [h.note.id for h in hits if h.note.id is not None]

    def ask(self, question: str, k: int = 6) -> Answer:
        hits = self.search.search(question, k=k)
        response = self.llm.responses.create(
            model=self.model,
            instructions=INSTRUCTIONS,
            input=f"Notes:\n{build_context(hits)}\n\nQuestion: {question}",
        )
        return Answer(text=response.output_text, sources=self._sources(hits))

    def stream(self, question: str, k: int = 6) -> Iterator[str]:
        hits = self.search.search(question, k=k)
        stream = self.llm.chat.completions.create(
            model=self.model,
            stream=True,
            messages=[
                {"role": "system", "content": INSTRUCTIONS},
                {"role": "user", "content": f"Notes:\n{build_context(hits)}\n\nQuestion: {question}"},
            ],
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content
