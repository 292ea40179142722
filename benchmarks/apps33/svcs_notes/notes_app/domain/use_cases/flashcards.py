"""Generate study flashcards from a note.

Written for the offline desktop build, so it talks to the local Ollama server
with its own async client instead of going through the container.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass

from ollama import AsyncClient

from notes_app.domain.models import Note

log = logging.getLogger(__name__)

PROMPT = """Create {n} question/answer flashcards from this note.
Respond with JSON: {{"cards": [{{"q": "...", "a": "..."}}]}}

{title}
{body}"""


@dataclass
class Flashcard:
    question: str
    answer: str

    def to_dict(self) -> dict:
        return {"q": self.question, "a": self.answer}


def _parse(raw: str) -> list[Flashcard]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        log.warning("flashcards: model returned non-JSON output")
        return []
    cards = []
    for item in data.get("cards", []):
        q, a = str(item.get("q", "")).strip(), str(item.get("a", "")).strip()
        if q and a:
            cards.append(Flashcard(q, a))
    return cards


class FlashcardGenerator:
    def __init__(self, model: str = "llama3.1:8b", host: str | None = None) -> None:
        self.model = model
        self.client = AsyncClient(host=host or os.environ.get("OLLAMA_HOST", "http://localhost:11434"))

    async def generate(self, note: Note, n: int = 8) -> list[Flashcard]:
        resp = await self.client.chat(
            model=self.model,
            format="json",
            messages=[
                {
                    "role": "user",
                    "content": PROMPT.format(n=n, title=note.title, body=note.body[:8000]),
                }
            ],
            options={"temperature": 0.3},
        )
        return _parse(resp.message.content)

    async def is_available(self) -> bool:
        try:
            listing = await self.client.list()
        except Exception:  # noqa: BLE001
            return False
        return any(m.model == self.model for m in listing.models)
