#!/usr/bin/env python
"""Rebuild the whole embedding store from scratch (after a model change).

Uses the async voyage client directly so we can run several batches at once;
the plugin's EmbeddingStore is sync and far too slow for 900 posts.
Optionally also writes Gemini embeddings for the search experiment.
"""
from __future__ import annotations

import argparse
import asyncio
import os
from pathlib import Path

import numpy as np
import voyageai
from google.genai import types

from _bootstrap import ROOT, load_settings

from llm_common import get_genai, llm_settings
from pelican.plugins.related_posts_ai.embeddings import text_hash

BATCH = 64


async def voyage_all(texts: list[str], model: str, concurrency: int = 4) -> list[list[float]]:
    vo = voyageai.AsyncClient(api_key=os.environ["VOYAGE_API_KEY"])
    sem = asyncio.Semaphore(concurrency)

    async def run(batch):
        async with sem:
            res = await vo.embed(batch, model=model, input_type="document", truncation=True)
            return res.embeddings

    batches = [texts[i:i + BATCH] for i in range(0, len(texts), BATCH)]
    out: list[list[float]] = []
    for emb in await asyncio.gather(*(run(b) for b in batches)):
        out.extend(emb)
    return out


async def gemini_all(cfg, texts: list[str]) -> list[list[float]]:
    client = get_genai(cfg)
    resp = await client.aio.models.embed_content(
        model="text-embedding-004",
        contents=texts,
        config=types.EmbedContentConfig(task_type="RETRIEVAL_DOCUMENT"),
    )
    return [e.values for e in resp.embeddings]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gemini", action="store_true")
    args = ap.parse_args()
    cfg = llm_settings(load_settings())
    posts = sorted((ROOT / "content").rglob("*.md"))
    texts = [p.read_text(encoding="utf-8") for p in posts]
    vectors = asyncio.run(voyage_all(texts, cfg.voyage_model))
    out = Path(cfg.cache_dir) / "embeddings.npz"
    np.savez_compressed(out, **{text_hash(t): np.asarray(v, dtype=np.float32) for t, v in zip(texts, vectors)})
    print(f"wrote {len(vectors)} vectors to {out}")
    if args.gemini:
        gvec = asyncio.run(gemini_all(cfg, texts))
        np.save(Path(cfg.cache_dir) / "gemini-embeddings.npy", np.asarray(gvec, dtype=np.float32))


if __name__ == "__main__":
    main()
