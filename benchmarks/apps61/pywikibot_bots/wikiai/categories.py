"""Category suggestions with Mistral (JSON mode)."""
from __future__ import annotations

import json
import logging
import math

from wikiai import prompts
from wikiai.clients import get_mistral_client
from wikiai.wikitext import lead_section, plain_text

log = logging.getLogger(__name__)


class CategorySuggester:
    """Suggest categories from a closed list of existing ones."""

    def __init__(self, known_categories: list[str],
                 model: str = 'mistral-small-latest',
                 min_confidence: float = 0.6) -> None:
        self.known = sorted(set(known_categories))
        self.model = model
        self.min_confidence = min_confidence
        self._mistral = get_mistral_client()
        self._category_vectors: dict[str, list[float]] | None = None

    def _messages(self, title: str, text: str) -> list[dict]:
        return [
            {'role': 'system', 'content': prompts.CATEGORY_SYSTEM},
            {'role': 'user', 'content': prompts.render(
                prompts.CATEGORY_USER,
                categories='\n'.join(self.known[:400]),
                title=title,
                lead=plain_text(lead_section(text), limit=4000))},
        ]

    def _parse(self, raw: str) -> list[str]:
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            log.warning('model did not return JSON: %.200s', raw)
            return []
        if float(data.get('confidence', 0)) < self.min_confidence:
            return []
        return [c for c in data.get('categories', []) if c in self.known]

    def suggest(self, title: str, text: str) -> list[str]:
        res = self._mistral.chat.complete(
            model=self.model,
            messages=self._messages(title, text),
            response_format={'type': 'json_object'},
            temperature=0,
        )
        return self._parse(res.choices[0].message.content)

    async def suggest_async(self, title: str, text: str) -> list[str]:
        res = await self._mistral.chat.complete_async(
            model=self.model,
            messages=self._messages(title, text),
            response_format={'type': 'json_object'},
            temperature=0,
        )
        return self._parse(res.choices[0].message.content)

    # -- embedding pre-filter ---------------------------------------------
    # With >2000 categories the prompt gets too long, so we first keep the
    # nearest categories by embedding similarity.

    def _embed(self, texts: list[str]) -> list[list[float]]:
        resp = self._mistral.embeddings.create(model='mistral-embed',
                                               inputs=texts)
        return [d.embedding for d in resp.data]

    def shortlist(self, text: str, k: int = 150) -> list[str]:
        if len(self.known) <= k:
            return self.known
        if self._category_vectors is None:
            vectors = []
            for i in range(0, len(self.known), 64):
                vectors.extend(self._embed(self.known[i:i + 64]))
            self._category_vectors = dict(zip(self.known, vectors))
        query = self._embed([plain_text(text, limit=2000)])[0]
        scored = sorted(self._category_vectors.items(),
                        key=lambda kv: -_cosine(query, kv[1]))
        return [name for name, _ in scored[:k]]


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0
