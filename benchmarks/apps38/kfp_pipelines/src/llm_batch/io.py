"""BigQuery / GCS helpers shared by components."""

from __future__ import annotations

import json
import logging
from typing import Iterator

from google.cloud import bigquery, storage

log = logging.getLogger(__name__)


def read_rows(query: str, project: str) -> list[dict]:
    client = bigquery.Client(project=project)
    job = client.query(query)
    return [dict(row) for row in job.result()]


def write_rows(table: str, rows: list[dict], project: str) -> None:
    client = bigquery.Client(project=project)
    job_config = bigquery.LoadJobConfig(
        write_disposition=bigquery.WriteDisposition.WRITE_APPEND,
        source_format=bigquery.SourceFormat.NEWLINE_DELIMITED_JSON,
        autodetect=True,
    )
    job = client.load_table_from_json(rows, table, job_config=job_config)
    job.result()
    log.info("loaded %d rows into %s", len(rows), table)


def read_jsonl(path: str) -> Iterator[dict]:
    with open(path) as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def write_jsonl(path: str, rows: list[dict]) -> None:
    with open(path, "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, default=str) + "\n")


def upload(local_path: str, gcs_uri: str) -> None:
    bucket_name, _, blob_name = gcs_uri.removeprefix("gs://").partition("/")
    storage.Client().bucket(bucket_name).blob(blob_name).upload_from_filename(local_path)


def merge_into(target: str, staging: str, key: str, project: str) -> int:
    """MERGE staging rows into the target table (idempotent re-runs)."""
    client = bigquery.Client(project=project)
    table = client.get_table(staging)
    cols = [f.name for f in table.schema if f.name != key]
    set_clause = ", ".join(f"T.{c} = S.{c}" for c in cols)
    insert_cols = ", ".join([key, *cols])
    insert_vals = ", ".join(f"S.{c}" for c in [key, *cols])
    sql = f"""
        MERGE `{target}` T
        USING `{staging}` S
        ON T.{key} = S.{key}
        WHEN MATCHED THEN UPDATE SET {set_clause}
        WHEN NOT MATCHED THEN INSERT ({insert_cols}) VALUES ({insert_vals})
    """
    job = client.query(sql)
    job.result()
    return job.num_dml_affected_rows or 0


def create_staging_table(name: str, schema: list[bigquery.SchemaField], project: str) -> str:
    client = bigquery.Client(project=project)
    table = bigquery.Table(f"{project}.{name}", schema=schema)
    table.expires = None
    created = client.create_table(table, exists_ok=True)
    return created.full_table_id
