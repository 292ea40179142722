"""Vocabulary extraction and similarity (Gemini)."""
from __future__ import annotations

import logging
import math
from typing import List, Optional, Sequence

from google.genai import types
from pydantic import BaseModel

from tutorbot.config import get_settings
from tutorbot.llm import prompts
from tutorbot.llm.clients import get_gemini_client

log = logging.getLogger(__name__)

EMBEDDING_MODEL = "text-embedding-004"
MAX_INPUT_TOKENS = 6000


class VocabEntry(BaseModel):
    word: str
    translation: str
    example: str


class VocabularyService:
    def __init__(self) -> None:
        self.settings = get_settings()
        self._gemini = get_gemini_client()

    async def _fits(self, text: str) -> bool:
        counted = await self._gemini.aio.models.count_tokens(model=self.settings.gemini_model, contents=text)
        return (counted.total_tokens or 0) <= MAX_INPUT_TOKENS

    async def extract(self, text: str, target: str, native: str, level: str, n: int = 8) -> List[VocabEntry]:
        if not await self._fits(text):
            text = text[: MAX_INPUT_TOKENS * 3]
        resp = await self._gemini.aio.models.generate_content(
            model=self.settings.gemini_model,
            contents=prompts.VOCAB_EXTRACT.format(
                n=n,
                level=level,
                target=prompts.lang_name(target),
                native=prompts.lang_name(native),
                text=text,
            ),
            config=types.GenerateContentConfig(
                response_mime_type="application/json",
                response_schema=list[VocabEntry],
                temperature=0.3,
            ),
        )
        parsed = resp.parsed
        if not parsed:
            log.warning("gemini returned no parsable vocabulary")
            return []
        return list(parsed)[:n]

    async def embed(self, words: Sequence[str]) -> List[List[float]]:
        if not words:
            return []
        resp = await self._gemini.aio.models.embed_content(
            model=EMBEDDING_MODEL,
            contents=list(words),
            config=types.EmbedContentConfig(task_type="SEMANTIC_SIMILARITY"),
        )
        return [list(e.values or []) for e in (resp.embeddings or [])]


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def drop_near_duplicates(
    new: List[VocabEntry],
    new_vecs: List[List[float]],
    known_vecs: List[List[float]],
    threshold: float = 0.92,
) -> List[VocabEntry]:
    keep: List[VocabEntry] = []
    for entry, vec in zip(new, new_vecs):
        if any(cosine(vec, k) >= threshold for k in known_vecs):
            continue
        keep.append(entry)
    return keep


_vocab: Optional[VocabularyService] = None


def get_vocabulary() -> VocabularyService:
    global _vocab
    if _vocab is None:
        _vocab = VocabularyService()
    return _vocab
