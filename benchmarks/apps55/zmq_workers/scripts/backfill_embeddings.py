#!/usr/bin/env python
"""One-off: re-embed the document archive (JSONL) with Voyage, OpenAI as fallback.

Runs outside the broker on purpose (bulk, offline).
    python scripts/backfill_embeddings.py archive.jsonl out.jsonl
"""
import asyncio
import json
import os
import sys

import voyageai
from openai import OpenAI

BATCH = 64


async def embed_openai(client: OpenAI, texts):
    res = await asyncio.to_thread(client.embeddings.create, model="text-embedding-3-large", input=texts)
    return [d.embedding for d in res.data]


async def main(src: str, dst: str) -> None:
    vo = voyageai.Client(api_key=os.environ["VOYAGE_API_KEY"])
    oai = OpenAI()
    docs = [json.loads(line) for line in open(src)]
    with open(dst, "w") as out:
        for i in range(0, len(docs), BATCH):
            batch = docs[i:i + BATCH]
            texts = [d["text"][:16000] for d in batch]
            try:
                vectors = vo.embed(texts, model="voyage-3", input_type="document").embeddings
                model = "voyage-3"
            except voyageai.error.RateLimitError:
                vectors = await embed_openai(oai, texts)
                model = "text-embedding-3-large"
            for d, v in zip(batch, vectors):
                out.write(json.dumps({"id": d["id"], "model": model, "embedding": v}) + "\n")
            print(f"{i + len(batch)}/{len(docs)}", file=sys.stderr)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
