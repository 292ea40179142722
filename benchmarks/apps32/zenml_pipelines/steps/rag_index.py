"""Steps for the RAG-index pipeline: chunk, contextualise, embed, write, sanity-check."""

from __future__ import annotations

import json
import logging
from typing import Dict, List

import numpy as np
from typing_extensions import Annotated
from zenml import get_step_context, step

from config.settings import RagConfig, get_settings
from llm import get_anthropic_client, get_bedrock_runtime, get_voyage_client
from llm.embedders import make_embedder
from llm.prompts import CONTEXTUALIZE_USER
from steps.index_store import IndexStore

logger = logging.getLogger(__name__)


def _split(text: str, size: int, overlap: int) -> List[str]:
    out, start = [], 0
    while start < len(text):
        out.append(text[start : start + size])
        start += size - overlap
    return out


@step
def chunk_documents(docs: List[Dict[str, str]], config: RagConfig) -> Annotated[List[Dict], "chunks"]:
    chunks: List[Dict] = []
    for doc in docs:
        for i, piece in enumerate(_split(doc["text"], config.chunk_size, config.chunk_overlap)):
            chunks.append({"source": doc["source"], "idx": i, "text": piece, "doc": doc["text"]})
    return chunks


def _context_claude(client, document: str, chunk: str) -> str:
    # document goes in a cached system block so we pay for it once per doc
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=120,
        system=[
            {
                "type": "text",
                "text": f"<document>\n{document}\n</document>",
                "cache_control": {"type": "ephemeral"},
            }
        ],
        messages=[{"role": "user", "content": CONTEXTUALIZE_USER.substitute(document="(see system)", chunk=chunk)}],
    )
    return msg.content[0].text.strip()


def _context_bedrock(document: str, chunk: str) -> str:
    runtime = get_bedrock_runtime()
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 120,
        "messages": [{"role": "user", "content": CONTEXTUALIZE_USER.substitute(document=document, chunk=chunk)}],
    }
    resp = runtime.invoke_model(
        modelId=get_settings().bedrock_model_id,
        body=json.dumps(body),
        contentType="application/json",
        accept="application/json",
    )
    payload = json.loads(resp["body"].read())
    return payload["content"][0]["text"].strip()


@step
def contextualize_chunks(
    chunks: List[Dict], config: RagConfig, use_bedrock: bool = False
) -> Annotated[List[Dict], "contextualized_chunks"]:
    if not config.contextualize_chunks:
        return chunks
    client = None if use_bedrock else get_anthropic_client()
    out = []
    for c in chunks:
        if use_bedrock:
            ctx = _context_bedrock(c["doc"], c["text"])
        else:
            ctx = _context_claude(client, c["doc"], c["text"])
        out.append({**c, "text": f"{ctx}\n\n{c['text']}"})
    return out


@step
def embed_chunks(chunks: List[Dict], config: RagConfig) -> Annotated[np.ndarray, "chunk_embeddings"]:
    embedder = make_embedder(config.embedding_provider, config.embedding_model)
    vectors: List[List[float]] = []
    for i in range(0, len(chunks), 64):
        vectors.extend(embedder.embed_documents([c["text"] for c in chunks[i : i + 64]]))
    return np.asarray(vectors, dtype=np.float32)


@step(enable_cache=False)
def write_index(
    chunks: List[Dict], embeddings: np.ndarray, config: RagConfig
) -> Annotated[str, "index_uri"]:
    ctx = get_step_context()
    store = IndexStore.create(config.index_name, dim=int(embeddings.shape[1]))
    store.add(embeddings, [{k: v for k, v in c.items() if k != "doc"} for c in chunks])
    uri = store.persist(ctx.get_output_artifact_uri("index_uri"))
    return uri


@step
def sanity_check_retrieval(
    index_uri: str, probe_queries: List[str], config: RagConfig
) -> Annotated[Dict[str, float], "retrieval_sanity"]:
    store = IndexStore.load(index_uri)
    embedder = make_embedder(config.embedding_provider, config.embedding_model)
    voyage = get_voyage_client()
    scores: Dict[str, float] = {}
    for q in probe_queries:
        hits = store.search(embedder.embed_query(q), k=20)
        reranked = voyage.rerank(q, [h["text"] for h in hits], model=config.rerank_model, top_k=3)
        scores[q] = max((r.relevance_score for r in reranked.results), default=0.0)
    return scores
