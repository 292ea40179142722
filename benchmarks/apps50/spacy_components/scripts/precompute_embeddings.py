"""Embed the corpus for the retrieval index (Together by default, Mistral optional)."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import List

import numpy as np
import srsly
import typer

from llm_pipes.clients import get_together_client, mistral
from llm_pipes.utils.batching import chunked, map_ordered
from llm_pipes.utils.text import normalise_ws

logger = logging.getLogger("embeddings")

TOGETHER_EMBED = "togethercomputer/m2-bert-80M-8k-retrieval"
TOGETHER_RERANK = "Salesforce/Llama-Rank-V1"


def embed_together(texts: List[str], batch_size: int = 64, workers: int = 4) -> np.ndarray:
    client = get_together_client()
    batches = list(chunked(texts, batch_size))
    responses = map_ordered(
        lambda batch: client.embeddings.create(model=TOGETHER_EMBED, input=batch),
        batches,
        max_workers=workers,
    )
    return np.array([d.embedding for resp in responses for d in resp.data], dtype="float32")


def embed_mistral(texts: List[str], batch_size: int = 32) -> np.ndarray:
    vectors = []
    for batch in chunked(texts, batch_size):
        resp = mistral.embeddings.create(model="mistral-embed", inputs=batch)
        vectors.extend(d.embedding for d in resp.data)
    return np.array(vectors, dtype="float32")


def rerank_sanity(query: str, texts: List[str]) -> None:
    client = get_together_client()
    result = client.rerank.create(model=TOGETHER_RERANK, query=query, documents=texts[:50], top_n=5)
    for r in result.results:
        logger.info("%.3f  %s", r.relevance_score, texts[r.index][:80])


def main(corpus: Path, output: Path, backend: str = "together", sanity_query: str = "") -> None:
    texts = [normalise_ws(r["text"]) for r in srsly.read_jsonl(corpus)]
    if backend == "together":
        matrix = embed_together(texts)
    elif backend == "mistral":
        matrix = embed_mistral(texts)
    else:
        raise typer.BadParameter(backend)
    if sanity_query:
        rerank_sanity(sanity_query, texts)
    output.parent.mkdir(parents=True, exist_ok=True)
    np.save(output, matrix)
    typer.echo(f"{matrix.shape} -> {output}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    typer.run(main)
