"""Retrieval-augmented answers over the underwriting and claims manuals."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Optional, Sequence

import litellm

from openai import AsyncOpenAI

from copilot.config import settings
from copilot.prompts import RAG_PROMPT
from copilot.retrieval.embeddings import get_embedder
from copilot.retrieval.vector_store import Chunk, get_store

log = logging.getLogger(__name__)


@dataclass
class RagAnswer:
    text: str
    sources: list[dict[str, Any]]


async def rerank(query: str, chunks: Sequence[Chunk], top_n: int = 5) -> list[Chunk]:
    if len(chunks) <= top_n:
        return list(chunks)
    try:
        result = await litellm.arerank(
            model=settings.rerank_model,
            query=query,
            documents=[c.text for c in chunks],
            top_n=top_n,
        )
    except Exception:
        log.warning("rerank failed, falling back to vector order", exc_info=True)
        return list(chunks[:top_n])
    return [chunks[r["index"]] for r in result.results]


async def retrieve(query: str, collection: str = "uw-guides", k: int = 20, top_n: int = 5) -> list[Chunk]:
    embedder = get_embedder(collection)
    [qvec] = await embedder.embed([query])
    candidates = get_store().search(collection, qvec, k=k)
    return await rerank(query, candidates, top_n=top_n)


def format_context(chunks: list[Chunk]) -> str:
    return "\n\n".join(f"[{i + 1}] {c.title} p.{c.page}\n{c.text}" for i, c in enumerate(chunks))


async def answer(
    question: str,
    llm: AsyncOpenAI,
    model: str,
    collection: str = "uw-guides",
    extra_messages: Optional[list[dict[str, Any]]] = None,
) -> RagAnswer:
    """``llm`` is any OpenAI-protocol client (OpenAI itself or OpenRouter)."""
    chunks = await retrieve(question, collection)
    messages = list(extra_messages or [])
    messages.append({"role": "user", "content": RAG_PROMPT.format(context=format_context(chunks), question=question)})
    completion = await llm.chat.completions.create(model=model, messages=messages, temperature=0.1)
    sources = [{"title": c.title, "page": c.page, "id": c.id} for c in chunks]
    return RagAnswer(completion.choices[0].message.content or "", sources)


async def answer_with_responses_api(question: str, collection: str = "uw-guides") -> RagAnswer:
    """Experimental: OpenAI Responses API. Behind the ``rag_v2`` flag."""
    client = AsyncOpenAI(api_key=settings.openai_api_key)
    chunks = await retrieve(question, collection)
    response = await client.responses.create(
        model=settings.openai_model,
        instructions="Answer from the excerpts only and cite them as [n].",
        input=RAG_PROMPT.format(context=format_context(chunks), question=question),
    )
    return RagAnswer(response.output_text, [{"title": c.title, "page": c.page, "id": c.id} for c in chunks])
