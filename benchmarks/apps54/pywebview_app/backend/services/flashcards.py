"""Flashcards from notes (spaced repetition tab)."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from backend.llm import get_anthropic_client, get_openai_client
from backend.services.note_store import Note

log = logging.getLogger(__name__)

CARD_INSTRUCTIONS = (
    "Create up to {n} question/answer flashcards from the note. "
    'Reply as JSON: {{"cards": [{{"q": "...", "a": "..."}}]}}'
)


@dataclass
class Card:
    q: str
    a: str
    note_id: str


class CardDeck:
    """Not an LLM thing: a tiny in-memory deck with a .create() helper."""

    def __init__(self) -> None:
        self.cards: list[Card] = []

    def create(self, q: str, a: str, note_id: str) -> Card:
        card = Card(q, a, note_id)
        self.cards.append(card)
        return card


def _parse(raw: str, note_id: str, deck: CardDeck) -> list[Card]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        log.warning("bad flashcard json for %s", note_id)
        return []
    return [deck.create(c["q"], c["a"], note_id) for c in data.get("cards", [])]


def cards_with_claude(note: Note, deck: CardDeck, client=None, n: int = 5) -> list[Card]:
    client = client or get_anthropic_client()
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=1200,
        messages=[
            {"role": "user", "content": CARD_INSTRUCTIONS.format(n=n) + "\n\n" + note.body[:8000]},
            {"role": "assistant", "content": "{"},
        ],
    )
    return _parse("{" + msg.content[0].text, note.id, deck)


def cards_with_openai(note: Note, deck: CardDeck, n: int = 5) -> list[Card]:
    resp = get_openai_client().responses.create(
        model="gpt-4o-mini",
        instructions=CARD_INSTRUCTIONS.format(n=n),
        input=note.body[:8000],
        text={"format": {"type": "json_object"}},
    )
    return _parse(resp.output_text, note.id, deck)
