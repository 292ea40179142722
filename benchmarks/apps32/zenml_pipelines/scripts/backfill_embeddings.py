"""One-off: backfill embeddings for historical tickets into parquet.

    python -m scripts.backfill_embeddings --provider openai --in tickets.parquet --out emb.parquet
"""

from __future__ import annotations

import argparse
import asyncio
from typing import List

import pandas as pd

from llm import get_async_openai_client, get_voyage_client
from utils.retry import chunked


async def _openai_batches(texts: List[str], model: str, concurrency: int = 4) -> List[List[float]]:
    client = get_async_openai_client()
    sem = asyncio.Semaphore(concurrency)

    async def one(batch: List[str]) -> List[List[float]]:
        async with sem:
            resp = await client.embeddings.create(model=model, input=batch)
            return [d.embedding for d in resp.data]

    results = await asyncio.gather(*(one(b) for b in chunked(texts, 256)))
    return [v for r in results for v in r]


def _voyage_contextual(docs: List[List[str]], model: str = "voyage-context-3") -> List[List[float]]:
    vo = get_voyage_client()
    result = vo.contextualized_embed(inputs=docs, model=model, input_type="document")
    return [emb for r in result.results for emb in r.embeddings]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--provider", default="openai", choices=["openai", "voyage"])
    ap.add_argument("--model", default="text-embedding-3-small")
    ap.add_argument("--in", dest="inp", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    df = pd.read_parquet(args.inp)
    texts = df["body"].fillna("").tolist()
    if args.provider == "openai":
        vectors = asyncio.run(_openai_batches(texts, args.model))
    else:
        vectors = _voyage_contextual([[t] for t in texts])
    df["embedding"] = vectors
    df.to_parquet(args.out)


if __name__ == "__main__":
    main()
