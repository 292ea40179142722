#!/usr/bin/env python
"""One-off: embed rows in enriched_records that have NULL embedding (pre-2024-09 data).

Superseded by enrichment.dataflow.backfill_flow for large tenants, but still handy.
"""
from __future__ import annotations

import argparse
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed

import psycopg
import voyageai

from enrichment.clients import get_openai
from enrichment.settings import get_settings
from enrichment.util.batching import chunked

log = logging.getLogger("backfill")


def fetch_missing(conn, tenant: str, limit: int) -> list[tuple[str, str]]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT r.id, r.body FROM raw_records r JOIN enriched_records e USING (id)"
            " WHERE e.tenant = %s AND e.embedding IS NULL LIMIT %s",
            (tenant, limit),
        )
        return cur.fetchall()


def write(conn, ids: list[str], vectors: list[list[float]]) -> None:
    with conn.cursor() as cur:
        cur.executemany("UPDATE enriched_records SET embedding = %s WHERE id = %s", list(zip(vectors, ids)))
    conn.commit()


def run_voyage(conn, rows, workers: int) -> None:
    vo = voyageai.Client(api_key=get_settings().voyage_api_key)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {
            pool.submit(vo.embed, [b for _, b in batch], model="voyage-3", input_type="document"): batch
            for batch in chunked(rows, 128)
        }
        for fut in as_completed(futures):
            batch = futures[fut]
            write(conn, [i for i, _ in batch], fut.result().embeddings)


def run_openai(conn, rows) -> None:
    client = get_openai()
    for batch in chunked(rows, 512):
        resp = client.embeddings.create(model="text-embedding-3-small", input=[b for _, b in batch], dimensions=1024)
        write(conn, [i for i, _ in batch], [d.embedding for d in resp.data])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tenant", required=True)
    ap.add_argument("--backend", choices=["voyage", "openai"], default="voyage")
    ap.add_argument("--limit", type=int, default=50_000)
    ap.add_argument("--workers", type=int, default=4)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    with psycopg.connect(get_settings().pg_dsn) as conn:
        rows = fetch_missing(conn, args.tenant, args.limit)
        log.info("%d rows to embed", len(rows))
        if args.backend == "voyage":
            run_voyage(conn, rows, args.workers)
        else:
            run_openai(conn, rows)


if __name__ == "__main__":
    main()
