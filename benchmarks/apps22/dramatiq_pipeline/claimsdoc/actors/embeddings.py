"""Document embeddings for duplicate-claim detection.

Three backends because of data-residency rules: OpenAI (default), watsonx (IBM-hosted tenant),
ollama (PHI). The HF one is from the 2023 prototype and still used by the dedup backfill.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import dramatiq

from claimsdoc import storage
from claimsdoc.actors._shared import llm, log_step
from claimsdoc.clients import get_openai
from claimsdoc.middleware import worker_clients
from claimsdoc.providers import get_provider
from claimsdoc.settings import settings

CHUNK = 2000
_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="embed")


def chunks(text: str, size: int = CHUNK) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def mean(vectors: list[list[float]]) -> list[float]:
    n = len(vectors)
    return [sum(col) / n for col in zip(*vectors)]


def embed_openai(parts: list[str]) -> list[list[float]]:
    client = get_openai()
    # batches of 64 inputs, 4 at a time
    futures = [
        _pool.submit(client.embeddings.create, model=settings.openai_embedding_model, input=parts[i : i + 64])
        for i in range(0, len(parts), 64)
    ]
    out: list[list[float]] = []
    for f in futures:
        out.extend(d.embedding for d in f.result().data)
    return out


def embed_ollama(parts: list[str]) -> list[list[float]]:
    return worker_clients().ollama.embed(model=settings.ollama_embed_model, input=parts)["embeddings"]


def embed_hf(parts: list[str]) -> list[list[float]]:
    return [llm.hf().feature_extraction(p, model=settings.hf_embed_model).tolist() for p in parts]


BACKENDS = {
    "openai": embed_openai,
    "ollama": embed_ollama,
    "hf": embed_hf,
    "watsonx": lambda parts: get_provider("watsonx").embed(parts),
}


@dramatiq.actor(queue_name="enrich", max_retries=3)
def embed_document(extracted: dict, backend: str | None = None) -> None:
    backend = backend or ("ollama" if extracted.get("route") == "onprem" else "openai")
    parts = chunks(extracted["text"])
    vectors = BACKENDS[backend](parts)
    storage.repo.save_embedding(extracted["document_id"], mean(vectors), source=backend)
    log_step("embed", backend=backend, chunks=len(parts))
