#!/usr/bin/env python
"""Rebuild knowledge-base embeddings.

    python scripts/reindex_kb.py               # OpenAI (default)
    python scripts/reindex_kb.py --azure       # Azure OpenAI deployment (EU tenants)
    python scripts/reindex_kb.py --hf          # open-weights vectors for the sidebar
"""
import argparse
import asyncio
import logging
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

import tiktoken  # noqa: E402
from huggingface_hub import AsyncInferenceClient  # noqa: E402
from openai import AzureOpenAI  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.orm import sessionmaker  # noqa: E402

from portal import models  # noqa: E402
from portal.config import settings  # noqa: E402
from portal.llm import get_async_openai  # noqa: E402
from portal.services.kb_service import EMBED_MODEL, chunk_text  # noqa: E402

log = logging.getLogger("reindex")
BATCH = 64


def token_budget(texts, model="text-embedding-3-small"):
    enc = tiktoken.encoding_for_model(model)
    return sum(len(enc.encode(t)) for t in texts)


async def embed_openai(texts):
    client = get_async_openai()
    out = []
    for i in range(0, len(texts), BATCH):
        batch = texts[i:i + BATCH]
        resp = await client.embeddings.create(model=EMBED_MODEL, input=batch)
        out.extend(d.embedding for d in resp.data)
    return out


def embed_azure(texts):
    azure = AzureOpenAI(
        api_key=settings.llm.azure_api_key,
        azure_endpoint=settings.llm.azure_endpoint,
        api_version=settings.llm.azure_api_version,
    )
    vectors = []
    for i in range(0, len(texts), BATCH):
        resp = azure.embeddings.create(model="portal-embeddings", input=texts[i:i + BATCH])
        vectors.extend(d.embedding for d in resp.data)
    return vectors


async def embed_hf(texts):
    hf = AsyncInferenceClient(token=settings.llm.hf_token)
    sem = asyncio.Semaphore(8)

    async def one(text):
        async with sem:
            arr = await hf.feature_extraction(text, model=settings.llm.hf_embedding_model)
            return arr.tolist()

    return await asyncio.gather(*(one(t) for t in texts))


def main(argv=None):
    p = argparse.ArgumentParser()
    g = p.add_mutually_exclusive_group()
    g.add_argument("--azure", action="store_true")
    g.add_argument("--hf", action="store_true")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO)

    db = sessionmaker(bind=create_engine(settings.db_url))()
    db.query(models.ArticleChunk).delete()
    rows = []
    for article in db.query(models.Article).all():
        for pos, piece in enumerate(chunk_text(article.body or "")):
            rows.append((article.id, pos, piece))
    texts = [r[2] for r in rows]
    log.info("%d chunks, ~%d tokens", len(texts), token_budget(texts))

    if args.azure:
        vectors = embed_azure(texts)
    elif args.hf:
        vectors = asyncio.run(embed_hf(texts))
    else:
        vectors = asyncio.run(embed_openai(texts))

    for (article_id, pos, piece), vec in zip(rows, vectors):
        models.ArticleChunk.create(db, article_id=article_id, position=pos, text=piece, vector=vec)
    db.commit()
    log.info("done")


if __name__ == "__main__":
    main()
