"""Synchronous v1 pipeline: classify -> extract -> summarize -> index, in one call.

Used by the on-prem build (no Redis there) and by `scripts/` one-offs.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field

import cohere
import openai

from docintel.providers import get_sync_openai
from docintel.services.chunking import chunk_text

logger = logging.getLogger(__name__)

openai.api_key = os.environ.get("OPENAI_API_KEY")
co = cohere.Client(os.environ.get("COHERE_API_KEY", ""))

V1_MODEL = os.environ.get("DOCINTEL_V1_MODEL", "gpt-4o-mini")
V1_EMBED_MODEL = "text-embedding-3-small"


@dataclass
class V1Result:
    doc_type: str = "other"
    fields: dict = field(default_factory=dict)
    summary: str = ""
    chunks: list = field(default_factory=list)
    vectors: list = field(default_factory=list)


def classify_v1(text: str) -> str:
    resp = openai.chat.completions.create(
        model=V1_MODEL,
        messages=[
            {"role": "system", "content": "Classify: invoice, contract, purchase_order, policy, other."},
            {"role": "user", "content": text[:4000]},
        ],
        temperature=0,
    )
    return (resp.choices[0].message.content or "other").strip().lower()


def extract_v1(doc_type: str, text: str) -> dict:
    resp = openai.chat.completions.create(
        model=V1_MODEL,
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": f"Extract the key fields of this {doc_type} as JSON."},
            {"role": "user", "content": text[:30000]},
        ],
    )
    try:
        return json.loads(resp.choices[0].message.content or "{}")
    except json.JSONDecodeError:
        logger.exception("v1 extraction returned invalid JSON")
        return {}


def summarize_v1(text: str) -> str:
    # Cohere v1 chat; the on-prem customers' contracts only cover Cohere for summaries.
    if _too_long_for_cohere(text):
        text = text[:60000]
    resp = co.chat(
        message=f"Summarize this document in 5 bullet points:\n\n{text}",
        model="command-r",
        preamble="You are a concise assistant for procurement teams.",
        temperature=0.2,
    )
    return resp.text


def _too_long_for_cohere(text: str) -> bool:
    tokens = co.tokenize(text=text[:200000], model="command-r")
    return len(tokens.tokens) > 100_000


def embed_v1(chunks: list[str]) -> list[list[float]]:
    client = get_sync_openai()
    vectors: list[list[float]] = []
    for start in range(0, len(chunks), 100):
        resp = client.embeddings.create(model=V1_EMBED_MODEL, input=chunks[start : start + 100])
        vectors.extend(d.embedding for d in resp.data)
    return vectors


def search_v1(query: str, passages: list[str], top_n: int = 5) -> list[tuple[int, float]]:
    resp = co.rerank(query=query, documents=passages, model="rerank-english-v3.0", top_n=top_n)
    return [(r.index, r.relevance_score) for r in resp.results]


def process_document(text: str) -> V1Result:
    result = V1Result()
    result.doc_type = classify_v1(text)
    if result.doc_type in ("invoice", "contract", "purchase_order"):
        result.fields = extract_v1(result.doc_type, text)
    result.summary = summarize_v1(text)
    result.chunks = [c.text for c in chunk_text(text, max_tokens=800)]
    result.vectors = embed_v1(result.chunks)
    return result
