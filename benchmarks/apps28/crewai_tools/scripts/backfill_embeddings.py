#!/usr/bin/env python
"""Build the audience-corpus index used by AudienceSearchTool.

Voyage is the production embedder. ``--provider openai`` builds the legacy OpenAI index that
the old dedup job still reads (text-embedding-3-small, 1536 dims).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
from pathlib import Path

import numpy as np

from marketcrew.clients import get_openai
from marketcrew.services.content_store import get_content_store
from marketcrew.tools.audience_search_tool import CORPUS_PATH, INDEX_PATH
from marketcrew.utils import chunk

logger = logging.getLogger("backfill")

BATCH = 128


def load_corpus(path: Path) -> list[str]:
    with path.open() as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def embed_voyage(texts: list[str]) -> np.ndarray:
    store = get_content_store()
    vectors = [store._vectors(batch) for batch in chunk(texts, BATCH)]  # noqa: SLF001
    return np.concatenate(vectors)


async def embed_openai(texts: list[str], concurrency: int = 4) -> np.ndarray:
    client = get_openai()
    sem = asyncio.Semaphore(concurrency)

    async def one(batch: list[str]) -> list[list[float]]:
        async with sem:
            resp = await asyncio.to_thread(
                client.embeddings.create, model="text-embedding-3-small", input=batch
            )
            return [d.embedding for d in resp.data]

    results = await asyncio.gather(*(one(b) for b in chunk(texts, BATCH)))
    arr = np.asarray([v for batch in results for v in batch], dtype=np.float32)
    return arr / np.linalg.norm(arr, axis=1, keepdims=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--provider", choices=["voyage", "openai"], default="voyage")
    parser.add_argument("--corpus", type=Path, default=CORPUS_PATH)
    parser.add_argument("--out", type=Path, default=INDEX_PATH)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    texts = load_corpus(args.corpus)
    logger.info("embedding %d docs with %s", len(texts), args.provider)
    if args.provider == "voyage":
        index = embed_voyage(texts)
    else:
        index = asyncio.run(embed_openai(texts))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.save(args.out, index)
    logger.info("wrote %s %s", args.out, index.shape)


if __name__ == "__main__":
    main()
