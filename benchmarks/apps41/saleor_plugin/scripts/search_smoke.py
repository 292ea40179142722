#!/usr/bin/env python
"""Smoke test the search backends against the live APIs with a tiny catalogue."""
import asyncio
import os

import cohere

DOCS = [
    "Organic cotton t-shirt, white",
    "Merino wool socks, grey, pack of 3",
    "Stainless steel water bottle 750ml",
    "Running shoes, breathable mesh",
]


async def main():
    co = cohere.AsyncClientV2(api_key=os.environ["COHERE_API_KEY"])
    emb = await co.embed(
        texts=DOCS, model="embed-multilingual-v3.0", input_type="search_document", embedding_types=["float"]
    )
    print("dims:", len(emb.embeddings.float_[0]))
    ranked = await co.rerank(model="rerank-v3.5", query="something to drink from", documents=DOCS, top_n=2)
    for r in ranked.results:
        print(round(r.relevance_score, 3), DOCS[r.index])


if __name__ == "__main__":
    asyncio.run(main())
