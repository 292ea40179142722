#!/usr/bin/env python
"""Pre-compute embeddings for the help-centre articles (nightly)."""
import asyncio
import json
import sys

from mistralai import Mistral

from gateway.config import get_settings


def load_articles(path):
    with open(path) as fh:
        return [json.loads(line) for line in fh if line.strip()]


def embed_articles(articles, batch=32):
    client = Mistral(api_key=get_settings().mistral_api_key)
    vectors = {}
    for i in range(0, len(articles), batch):
        chunk = articles[i:i + batch]
        resp = client.embeddings.create(model="mistral-embed", inputs=[a["body"][:8000] for a in chunk])
        for art, item in zip(chunk, resp.data):
            vectors[art["slug"]] = item.embedding
        print(f"embedded {i + len(chunk)}/{len(articles)}", file=sys.stderr)
    return vectors


async def push(vectors):
    import redis.asyncio as aioredis

    r = aioredis.from_url(get_settings().redis_url)
    for slug, vec in vectors.items():
        await r.set(f"helpvec:{slug}", json.dumps(vec))
    await r.aclose()


if __name__ == "__main__":
    arts = load_articles(sys.argv[1])
    asyncio.run(push(embed_articles(arts)))
