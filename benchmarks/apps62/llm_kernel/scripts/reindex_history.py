#!/usr/bin/env python
"""Re-embed every stored turn, e.g. after switching the embedding provider.

    python scripts/reindex_history.py --provider mistral
"""
from __future__ import annotations

import argparse
import asyncio

from mistralai import Mistral

from llm_kernel.config import EMBEDDING_MODELS, load_settings
from llm_kernel.history_store import HistoryStore
from llm_kernel.search import CellIndex


async def _mistral_batches(store: HistoryStore, batch: int) -> int:
    client = Mistral(api_key=__import__("os").environ["MISTRAL_API_KEY"])
    rows = store.unembedded(limit=100_000)
    for i in range(0, len(rows), batch):
        chunk = rows[i : i + batch]
        res = await client.embeddings.create_async(model=EMBEDDING_MODELS["mistral"], inputs=[t for _, t in chunk])
        for (row_id, _), d in zip(chunk, res.data):
            store.set_embedding(row_id, d.embedding)
    return len(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--provider", default=None)
    ap.add_argument("--batch", type=int, default=64)
    args = ap.parse_args()
    settings = load_settings()
    store = HistoryStore.create(settings.history_db, session_id="reindex")
    store.conn.execute("UPDATE turns SET embedding = NULL")
    provider = args.provider or settings.embedding_provider
    if provider == "mistral":
        n = asyncio.run(_mistral_batches(store, args.batch))
    else:
        n = CellIndex(store, provider=provider, batch_size=args.batch).index_pending()
    print(f"re-embedded {n} turns with {provider}")


if __name__ == "__main__":
    main()
