"""Rebuild product and query embeddings for the search index.

Usage: python jobs/embed_catalog.py --tenant acme-uk --out /data/embeddings/acme-uk.parquet
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
for _lib in ("libs/llmkit", "libs/catalog"):
    _path = str(REPO_ROOT / _lib)
    if _path not in sys.path:
        sys.path.insert(0, _path)

import litellm  # noqa: E402
import pandas as pd  # noqa: E402

from llmkit.strategies import EMBED_ROUTER  # noqa: E402

from catalog.embeddings import product_text  # noqa: E402
from catalog.models import load_products, make_session_factory  # noqa: E402

logger = logging.getLogger("jobs.embed_catalog")

BATCH_SIZE = 64
CONCURRENCY = 4


async def embed_batch(batch: list[str], sem: asyncio.Semaphore) -> list[list[float]]:
    async with sem:
        try:
            response = await EMBED_ROUTER.aembedding(model="catalog-embed", input=batch)
        except Exception as exc:
            logger.warning("router failed (%s); falling back to voyage", exc)
            response = await asyncio.to_thread(litellm.embedding, model="voyage/voyage-3", input=batch)
    return [row["embedding"] for row in response.data]


async def embed_all(texts: list[str]) -> list[list[float]]:
    sem = asyncio.Semaphore(CONCURRENCY)
    batches = [texts[i : i + BATCH_SIZE] for i in range(0, len(texts), BATCH_SIZE)]
    results = await asyncio.gather(*(embed_batch(b, sem) for b in batches))
    return [vec for batch in results for vec in batch]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tenant", required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    sessions = make_session_factory(os.environ["CATALOG_DB_DSN"])
    with sessions() as session:
        products = load_products(session, args.tenant)
    texts = [product_text(p) for p in products]
    vectors = asyncio.run(embed_all(texts))
    frame = pd.DataFrame({"sku": [p.sku for p in products], "embedding": vectors})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    frame.to_parquet(args.out, index=False)
    logger.info("wrote %d embeddings to %s", len(frame), args.out)


if __name__ == "__main__":
    main()
