"""Loading and persisting datasets as Flyte-typed structures."""
from __future__ import annotations

from typing import List

import pandas as pd
from flytekit import Resources, task
from flytekit.types.file import FlyteFile
from flytekit.types.structured import StructuredDataset

from labelling_flows.images import base_image
from labelling_flows.secrets import WAREHOUSE_SECRET


@task(container_image=base_image, secret_requests=[WAREHOUSE_SECRET], requests=Resources(mem="2Gi"))
def load_tickets(since: str, limit: int = 5000) -> List[dict]:
    import os

    import sqlalchemy

    engine = sqlalchemy.create_engine(os.environ["_FSEC_WAREHOUSE_DSN"])
    query = sqlalchemy.text(
        "SELECT id, subject, body, created_at FROM support.tickets "
        "WHERE created_at >= :since ORDER BY created_at LIMIT :limit"
    )
    with engine.connect() as conn:
        df = pd.read_sql(query, conn, params={"since": since, "limit": limit})
    df["text"] = df["subject"].fillna("") + "\n\n" + df["body"].fillna("")
    return df[["id", "text"]].to_dict(orient="records")


@task(container_image=base_image)
def load_chunks(source: FlyteFile) -> List[dict]:
    source.download()
    df = pd.read_parquet(source.path)
    return df[["chunk_id", "doc_id", "text"]].to_dict(orient="records")


@task(container_image=base_image)
def save_records(records: List[dict]) -> StructuredDataset:
    return StructuredDataset(dataframe=pd.DataFrame.from_records(records))


@task(container_image=base_image)
def flatten(batches: List[List[dict]]) -> List[dict]:
    return [row for batch in batches for row in batch]


@task(container_image=base_image, secret_requests=[WAREHOUSE_SECRET], requests=Resources(mem="1Gi"))
def load_gold_labels(taxonomy: str = "support_ticket_intent") -> List[dict]:
    import os

    import sqlalchemy

    engine = sqlalchemy.create_engine(os.environ["_FSEC_WAREHOUSE_DSN"])
    with engine.connect() as conn:
        df = pd.read_sql(
            sqlalchemy.text("SELECT ticket_id AS id, label AS gold FROM dq.gold_labels WHERE taxonomy = :t"),
            conn,
            params={"t": taxonomy},
        )
    return df.to_dict(orient="records")


@task(container_image=base_image, secret_requests=[WAREHOUSE_SECRET], retries=3)
def upsert_vectors(rows: List[dict], table: str = "dq.chunk_vectors", batch_size: int = 500) -> int:
    """Write embeddings to pgvector. Rows: {chunk_id, model, vector}."""
    import os

    import psycopg
    from psycopg.types.json import Jsonb

    written = 0
    with psycopg.connect(os.environ["_FSEC_WAREHOUSE_DSN"]) as conn:
        with conn.cursor() as cur:
            for start in range(0, len(rows), batch_size):
                batch = rows[start:start + batch_size]
                cur.executemany(
                    f"INSERT INTO {table} (chunk_id, model, embedding, meta) VALUES (%s, %s, %s::vector, %s) "
                    "ON CONFLICT (chunk_id, model) DO UPDATE SET embedding = EXCLUDED.embedding",
                    [(r["chunk_id"], r["model"], str(r["vector"]), Jsonb({"dim": len(r["vector"])})) for r in batch],
                )
                written += len(batch)
        conn.commit()
    return written


@task(container_image=base_image)
def join_with_gold(labelled: List[dict], gold: List[dict]) -> List[dict]:
    gold_by_id = {g["id"]: g["gold"] for g in gold}
    return [{**row, "gold": gold_by_id[row["id"]]} for row in labelled if row["id"] in gold_by_id]
