"""Vocabulary search: cohere embeddings + rerank over the lesson word bank."""
from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from pathlib import Path

import cohere
from google import genai

from bot.config import get_settings

log = logging.getLogger(__name__)
WORD_BANK = Path(__file__).resolve().parent.parent / "data" / "word_bank.json"


@dataclass
class Word:
    lemma: str
    translation: str
    example: str
    level: str


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)) or 1.0)


class VocabularyService:
    def __init__(self, co: cohere.AsyncClientV2, gclient: genai.Client | None = None) -> None:
        self._co = co
        self._genai = gclient
        self._words: list[Word] = []
        self._vectors: list[list[float]] = []
        settings = get_settings()
        self.embed_model = settings.cohere_embed_model
        self.rerank_model = settings.cohere_rerank_model

    def load(self, path: Path = WORD_BANK) -> None:
        if not path.exists():
            log.warning("word bank %s missing", path)
            return
        self._words = [Word(**row) for row in json.loads(path.read_text("utf-8"))]

    async def build_index(self, batch_size: int = 96) -> None:
        vectors: list[list[float]] = []
        for start in range(0, len(self._words), batch_size):
            batch = self._words[start:start + batch_size]
            response = await self._co.embed(
                texts=[f"{w.lemma}: {w.example}" for w in batch],
                model=self.embed_model,
                input_type="search_document",
                embedding_types=["float"],
            )
            vectors.extend(response.embeddings.float_)
        self._vectors = vectors

    async def search(self, query: str, level: str | None = None, top_k: int = 5) -> list[Word]:
        if not self._vectors:
            return []
        q = await self._co.embed(
            texts=[query], model=self.embed_model, input_type="search_query", embedding_types=["float"]
        )
        qvec = q.embeddings.float_[0]
        scored = sorted(
            ((w, _cosine(qvec, v)) for w, v in zip(self._words, self._vectors) if not level or w.level == level),
            key=lambda pair: pair[1],
            reverse=True,
        )[: top_k * 4]
        candidates = [w for w, _ in scored]
        if len(candidates) <= top_k:
            return candidates
        reranked = await self._co.rerank(
            model=self.rerank_model,
            query=query,
            documents=[f"{w.lemma} — {w.translation}. {w.example}" for w in candidates],
            top_n=top_k,
        )
        return [candidates[r.index] for r in reranked.results]

    async def count_tokens(self, text: str) -> int:
        tokens = await self._co.tokenize(text=text, model=self.embed_model)
        return len(tokens.tokens)

    async def similar_words_gemini(self, word: str, pool: list[str]) -> list[str]:
        """Experimental: Gemini embeddings instead of cohere (Lena's branch)."""
        if self._genai is None:
            return []
        result = await self._genai.aio.models.embed_content(
            model="text-embedding-004",
            contents=[word, *pool],
        )
        base, *rest = [e.values for e in result.embeddings]
        ranked = sorted(zip(pool, rest), key=lambda p: _cosine(base, p[1]), reverse=True)
        return [w for w, _ in ranked[:5]]
