"""Backfill ticket embeddings into the parquet cache used by embedding_drift.

    python scripts/backfill_embeddings.py --backend openai --month 2024-11
"""
from __future__ import annotations

import argparse
import logging
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import polars as pl

from nbutils import get_openai_client, get_voyage_client, settings
from nbutils.data import load_tickets

log = logging.getLogger("backfill")


def _openai_batch(texts: list[str]) -> list[list[float]]:
    resp = get_openai_client().embeddings.create(model=settings.openai_embed_model, input=texts, dimensions=512)
    return [d.embedding for d in resp.data]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--backend", choices=["openai", "voyage"], default="openai")
    ap.add_argument("--month", required=True)
    ap.add_argument("--workers", type=int, default=4)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)

    df = load_tickets(limit=50_000).filter(pl.col("created_at").dt.strftime("%Y-%m") == args.month)
    texts = df["body"].to_list()
    batches = [texts[i : i + 256] for i in range(0, len(texts), 256)]
    log.info("embedding %d tickets in %d batches", len(texts), len(batches))

    if args.backend == "openai":
        with ThreadPoolExecutor(args.workers) as pool:
            vecs = [v for chunk in pool.map(_openai_batch, batches) for v in chunk]
    else:
        vo = get_voyage_client()
        vecs = []
        for b in batches:
            vecs.extend(vo.embed(b, model=settings.voyage_model, input_type="document", output_dimension=512).embeddings)

    out = df.select("ticket_id").with_columns(pl.Series("embedding", np.asarray(vecs).tolist()))
    path = settings.data_dir / "embeddings" / f"{args.backend}_{args.month}.parquet"
    path.parent.mkdir(parents=True, exist_ok=True)
    out.write_parquet(path)
    log.info("wrote %s", path)


if __name__ == "__main__":
    main()
