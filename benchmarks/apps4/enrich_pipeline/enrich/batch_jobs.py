"""Offline (discounted) batch submissions for the nightly full-catalog refresh.

The interactive pipeline handles daily deltas; once a week the whole catalog is re-summarised
through the providers' batch APIs, which are ~50% cheaper but take hours.
"""
from __future__ import annotations

import json
import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Dict, List

import pandas as pd
from together import Together

from enrich.config import DEFAULT_GEMINI_MODEL, DEFAULT_TOGETHER_MODEL
from enrich.sinks import JobQueue
from enrich.stages.summarize import PROMPT

if TYPE_CHECKING:
    from enrich.context import Context

log = logging.getLogger(__name__)


def _jsonl_requests(frame: pd.DataFrame, model: str) -> List[Dict]:
    return [
        {
            "custom_id": str(row.sku),
            "body": {
                "model": model,
                "messages": [{"role": "user", "content": PROMPT.format(text=row.description)}],
                "max_tokens": 120,
            },
        }
        for row in frame.itertuples(index=False)
        if isinstance(row.description, str) and row.description.strip()
    ]


def submit_together_batch(frame: pd.DataFrame, queue: JobQueue, api_key: str) -> str:
    client = Together(api_key=api_key)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "summaries.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for req in _jsonl_requests(frame, DEFAULT_TOGETHER_MODEL):
                fh.write(json.dumps(req) + "\n")
        uploaded = client.files.upload(path, purpose="batch-api", check=True)
    batch = client.batches.create(
        input_file_id=uploaded.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
    )
    log.info("submitted together batch %s (%d rows)", batch.id, len(frame))
    queue.submit("poll_together_batch", {"batch_id": batch.id}, delay_seconds=1800)
    return batch.id


def submit_gemini_batch(ctx: "Context", frame: pd.DataFrame, queue: JobQueue) -> str:
    inline = [
        {
            "contents": [{"role": "user", "parts": [{"text": PROMPT.format(text=row.description)}]}],
            "metadata": {"sku": str(row.sku)},
        }
        for row in frame.itertuples(index=False)
        if isinstance(row.description, str) and row.description.strip()
    ]
    job = ctx.genai.batches.create(
        model=DEFAULT_GEMINI_MODEL,
        src=inline,
        config={"display_name": f"enrich-summaries-{ctx.run_id}"},
    )
    log.info("submitted gemini batch %s (%d requests)", job.name, len(inline))
    queue.submit("poll_gemini_batch", {"job_name": job.name}, delay_seconds=1800)
    return job.name
