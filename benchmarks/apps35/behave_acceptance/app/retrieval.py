"""Retrieval: embed, search the in-memory index, rerank with Cohere."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from app.clients import get_azure_client, get_cohere_client, get_openai_client
from app.config import get_settings
from app.models import Passage
from app.prompts import RAG_SYSTEM, render_context


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class Embedder:
    def __init__(self, client=None, model: str | None = None):
        settings = get_settings()
        if client is None:
            client = get_azure_client() if settings.use_azure else get_openai_client()
        self.client = client
        self.model = model or (
            settings.azure_embedding_deployment if settings.use_azure else "text-embedding-3-small"
        )

    def embed(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        result = self.client.embeddings.create(model=self.model, input=texts)
        return [item.embedding for item in sorted(result.data, key=lambda d: d.index)]


@dataclass
class InMemoryIndex:
    passages: list[Passage] = field(default_factory=list)

    def add(self, passages: list[Passage]) -> None:
        self.passages.extend(passages)

    def search(self, query_vec: list[float], k: int = 20) -> list[Passage]:
        scored = [
            Passage(p.doc_id, p.text, cosine(query_vec, p.embedding or []), p.embedding)
            for p in self.passages
        ]
        scored.sort(key=lambda p: p.score, reverse=True)
        return scored[:k]

    def __len__(self) -> int:
        return len(self.passages)


class Retriever:
    def __init__(self, embedder: Embedder, index: InMemoryIndex, reranker=None):
        self.embedder = embedder
        self.index = index
        self.reranker = reranker if reranker is not None else get_cohere_client()
        self.rerank_model = get_settings().cohere_rerank_model

    def ingest(self, docs: dict[str, str]) -> int:
        ids = list(docs)
        vectors = self.embedder.embed([docs[i] for i in ids])
        self.index.add([Passage(i, docs[i], embedding=v) for i, v in zip(ids, vectors)])
        return len(ids)

    def retrieve(self, query: str, top_n: int = 4) -> list[Passage]:
        query_vec = self.embedder.embed([query])[0]
        candidates = self.index.search(query_vec, k=25)
        if not candidates:
            return []
        reranked = self.reranker.rerank(
            model=self.rerank_model,
            query=query,
            documents=[c.text for c in candidates],
            top_n=top_n,
        )
        return [
            Passage(candidates[r.index].doc_id, candidates[r.index].text, r.relevance_score)
            for r in reranked.results
        ]


def answer_with_context(question: str, passages: list[Passage], client=None) -> str:
    """Grounded answer. Kept as a free function for the CLI."""
    client = client or get_openai_client()
    completion = client.chat.completions.create(
        model=get_settings().openai_model,
        messages=[
            {"role": "system", "content": RAG_SYSTEM},
            {
                "role": "user",
                "content": f"Context:\n{render_context([p.text for p in passages])}\n\nQuestion: {question}",
            },
        ],
        temperature=0,
    )
    return completion.choices[0].message.content


def cohere_embed_documents(texts: list[str]) -> list[list[float]]:
    """Alternate embedder used by the multilingual index."""
    co = get_cohere_client()
    resp = co.embed(
        texts=texts,
        model=get_settings().cohere_embed_model,
        input_type="search_document",
        embedding_types=["float"],
    )
    return resp.embeddings.float_
