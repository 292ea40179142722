"""Generate new notes from a block of text (uses OpenAI JSON mode)."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import List, Optional

from openai import OpenAI

from ..core import get_openai_client, prompts
from ..core.config import ModelSettings, get

log = logging.getLogger(__name__)


@dataclass
class GeneratedCard:
    front: str
    back: str
    tags: Optional[List[str]] = None

    def to_fields(self, front_field: str, back_field: str) -> dict:
        return {front_field: self.front, back_field: self.back}


def _parse_cards(raw: str) -> List[GeneratedCard]:
    data = json.loads(raw)
    if isinstance(data, dict):
        data = data.get("cards") or data.get("flashcards") or []
    cards = []
    for item in data:
        front = (item.get("front") or "").strip()
        back = (item.get("back") or "").strip()
        if front and back:
            cards.append(GeneratedCard(front, back, item.get("tags")))
    return cards


class CardGenerator:
    """Stateful generator used by the batch dialog."""

    def __init__(self, client: Optional[OpenAI] = None, settings: Optional[ModelSettings] = None):
        self.client = client or get_openai_client()
        self.settings = settings or ModelSettings.from_config("openai")
        self.language = get("target_language", "English")

    def generate(self, material: str, count: int = 5) -> List[GeneratedCard]:
        prompt = prompts.generate_prompt(material, count, self.language)
        completion = self.client.chat.completions.create(
            model=self.settings.model,
            messages=prompts.build_messages(prompts.SYSTEM_CARD_WRITER, prompt),
            response_format={"type": "json_object"},
            temperature=0.3,
        )
        raw = completion.choices[0].message.content or "[]"
        try:
            return _parse_cards(raw)
        except (ValueError, AttributeError):
            log.warning("model returned invalid JSON: %r", raw[:200])
            return []

    def moderate(self, text: str) -> bool:
        """Returns True when the material is OK to send to the model."""
        result = self.client.moderations.create(model="omni-moderation-latest", input=text)
        return not result.results[0].flagged

    def improve_card(self, front: str, back: str) -> GeneratedCard:
        response = self.client.responses.create(
            model=self.settings.model,
            instructions=prompts.SYSTEM_CARD_WRITER,
            input=f"Rewrite this card to be clearer.\nFront: {front}\nBack: {back}\n"
            "Answer as JSON with keys front and back.",
        )
        try:
            return _parse_cards("[" + response.output_text + "]")[0]
        except (ValueError, IndexError):
            return GeneratedCard(front, back)

    def chunk_material(self, material: str, size: int = 6000) -> List[str]:
        paragraphs = material.split("\n\n")
        chunks, current = [], ""
        for p in paragraphs:
            if len(current) + len(p) > size and current:
                chunks.append(current)
                current = ""
            current += p + "\n\n"
        if current.strip():
            chunks.append(current)
        return chunks

    def generate_many(self, material: str, total: int) -> List[GeneratedCard]:
        chunks = self.chunk_material(material)
        per_chunk = max(1, total // max(1, len(chunks)))
        cards: List[GeneratedCard] = []
        for chunk in chunks:
            cards.extend(self.generate(chunk, per_chunk))
        return cards[:total]
