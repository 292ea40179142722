"""Knowledge base search over the IT wiki (Confluence export, chunked nightly)."""

import json
import logging
import math
import os
from dataclasses import dataclass
from typing import List, Optional

from openai import AsyncAzureOpenAI

logger = logging.getLogger(__name__)

KB_INDEX_PATH = os.environ.get("KB_INDEX_PATH", "data/kb_index.jsonl")


@dataclass
class KbChunk:
    article_id: str
    title: str
    url: str
    text: str
    embedding: List[float]


def _cosine(a: List[float], b: List[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class KnowledgeBaseService:
    """Embeds the question with Azure OpenAI, scores chunks, then reranks with Cohere."""

    def __init__(self, aoai_client: AsyncAzureOpenAI, embedding_deployment: str, reranker=None, rerank_model: str = ""):
        self._aoai = aoai_client
        self._deployment = embedding_deployment
        self._reranker = reranker
        self._rerank_model = rerank_model
        self._chunks: Optional[List[KbChunk]] = None

    def _load(self) -> List[KbChunk]:
        if self._chunks is None:
            chunks = []
            if os.path.exists(KB_INDEX_PATH):
                with open(KB_INDEX_PATH, encoding="utf-8") as fh:
                    for line in fh:
                        row = json.loads(line)
                        chunks.append(KbChunk(**row))
            self._chunks = chunks
            logger.info("loaded %d KB chunks", len(chunks))
        return self._chunks

    async def embed_query(self, text: str) -> List[float]:
        resp = await self._aoai.embeddings.create(model=self._deployment, input=[text])
        return resp.data[0].embedding

    async def search(self, question: str, top_k: int = 5) -> List[KbChunk]:
        chunks = self._load()
        if not chunks:
            return []
        qvec = await self.embed_query(question)
        scored = sorted(chunks, key=lambda c: _cosine(qvec, c.embedding), reverse=True)[: top_k * 4]
        if self._reranker is None:
            return scored[:top_k]
        reranked = await self._reranker.rerank(
            model=self._rerank_model,
            query=question,
            documents=[c.text for c in scored],
            top_n=top_k,
        )
        return [scored[r.index] for r in reranked.results]

    def reload(self) -> None:
        self._chunks = None
