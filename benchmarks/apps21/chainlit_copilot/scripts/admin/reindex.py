#!/usr/bin/env python
"""Rebuild a knowledge-base collection from the exported PDFs' text dumps.

    python -m scripts.admin.reindex uw-guides ./exports/uw-guides/*.jsonl
"""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import logging
from pathlib import Path
from typing import Iterator

from openai import OpenAI

from copilot.config import settings
from copilot.retrieval import Chunk, get_store
from copilot.retrieval.embeddings import get_embedder

log = logging.getLogger("reindex")


def read_pages(paths: list[Path]) -> Iterator[dict]:
    for path in paths:
        with path.open() as fh:
            for line in fh:
                yield json.loads(line)


def chunk_text(text: str, size: int = 1200, overlap: int = 200) -> list[str]:
    out, start = [], 0
    while start < len(text):
        out.append(text[start : start + size])
        start += size - overlap
    return out


def embed_openai_direct(texts: list[str], model: str) -> list[list[float]]:
    """Old path kept for the claims-manual collection while we A/B the embedder."""
    client = OpenAI(api_key=settings.openai_api_key)
    vectors: list[list[float]] = []
    for i in range(0, len(texts), 512):
        resp = client.embeddings.create(model=model, input=texts[i : i + 512], dimensions=1536)
        vectors.extend(d.embedding for d in resp.data)
    return vectors


async def reindex(collection: str, paths: list[Path], direct: bool = False) -> int:
    store = get_store()
    store.delete_collection(collection)
    pending: list[tuple[str, str, int, str]] = []
    for page in read_pages(paths):
        for piece in chunk_text(page["text"]):
            cid = hashlib.sha1(f"{page['doc']}:{page['page']}:{piece[:64]}".encode()).hexdigest()
            pending.append((cid, page["title"], page["page"], piece))
    texts = [p[3] for p in pending]
    if direct:
        vectors = embed_openai_direct(texts, settings.openai_embedding_model)
    else:
        vectors = await get_embedder(collection).embed(texts)
    chunks = [Chunk(cid, collection, title, text, page, vec) for (cid, title, page, text), vec in zip(pending, vectors)]
    return store.add(chunks)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("collection")
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--direct", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level="INFO")
    n = asyncio.run(reindex(args.collection, args.paths, direct=args.direct))
    log.info("indexed %d chunks into %s", n, args.collection)


if __name__ == "__main__":
    main()
