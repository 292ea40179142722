"""Submit a Gemini batch prediction job on Vertex AI and wait for it.

Input is JSONL in GCS, one ``{"request": {...GenerateContentRequest...}}`` per
line, produced by the ``export_batch_requests`` task from Snowflake.
"""
from __future__ import annotations

import json
import time
from datetime import datetime, timezone
from typing import List

from google.cloud import storage
from google.genai import types as genai_types
from prefect import flow, get_run_logger, task

from enrich.clients import genai_client
from enrich.settings import get_settings
from enrich.storage import SnowflakeWriter

TERMINAL = {"JOB_STATE_SUCCEEDED", "JOB_STATE_FAILED", "JOB_STATE_CANCELLED", "JOB_STATE_EXPIRED"}


@task
def export_batch_requests(query: str, prompt_template: str, run_tag: str) -> str:
    s = get_settings()
    with SnowflakeWriter() as sf:
        rows = sf._connector.fetch_all(query)
    lines: List[str] = []
    for row in rows:
        text = prompt_template.format(*row)
        lines.append(json.dumps({
            "request": {
                "contents": [{"role": "user", "parts": [{"text": text}]}],
                "generationConfig": {"temperature": 0.2, "maxOutputTokens": 512},
            }
        }))
    bucket = storage.Client(project=s.gcp_project).bucket(s.vertex_batch_bucket)
    blob = bucket.blob(f"inputs/{run_tag}.jsonl")
    blob.upload_from_string("\n".join(lines), content_type="application/jsonl")
    return f"gs://{s.vertex_batch_bucket}/{blob.name}"


@task(retries=1)
def submit_batch(input_uri: str, run_tag: str, model: str) -> str:
    s = get_settings()
    client = genai_client()
    job = client.batches.create(
        model=model,
        src=input_uri,
        config=genai_types.CreateBatchJobConfig(
            dest=f"gs://{s.vertex_batch_bucket}/outputs/{run_tag}/",
            display_name=f"enrich-{run_tag}",
        ),
    )
    return job.name


@task(timeout_seconds=6 * 3600)
def wait_for_batch(job_name: str, poll_seconds: int = 120) -> str:
    logger = get_run_logger()
    client = genai_client()
    while True:
        job = client.batches.get(name=job_name)
        state = job.state.name if job.state else "UNKNOWN"
        logger.info("%s: %s", job_name, state)
        if state in TERMINAL:
            return state
        time.sleep(poll_seconds)


@flow(name="vertex-batch")
def submit_vertex_batch(query: str, prompt_template: str, model: str = "") -> str:
    s = get_settings()
    run_tag = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    input_uri = export_batch_requests(query, prompt_template, run_tag)
    job_name = submit_batch(input_uri, run_tag, model or s.vertex_model)
    state = wait_for_batch(job_name)
    if state != "JOB_STATE_SUCCEEDED":
        raise RuntimeError(f"batch {job_name} ended in {state}")
    return job_name
