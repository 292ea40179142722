"""Nightly batch summarisation of the previous day's documents (50% cheaper)."""
from __future__ import annotations

import io
import json
import logging
from dataclasses import dataclass
from typing import Dict, List, Sequence

from openai import OpenAI

from llmkit.container import get_container
from services.summarizer.pipeline import SUMMARY_PROMPT

logger = logging.getLogger(__name__)


@dataclass
class PendingDoc:
    doc_id: str
    text: str


def _jsonl(docs: Sequence[PendingDoc], model: str) -> bytes:
    lines = []
    for d in docs:
        lines.append(json.dumps({
            "custom_id": d.doc_id,
            "method": "POST",
            "url": "/v1/chat/completions",
            "body": {
                "model": model,
                "messages": [{"role": "user", "content": SUMMARY_PROMPT.format(n=5, text=d.text)}],
                "max_tokens": 600,
            },
        }))
    return ("\n".join(lines) + "\n").encode()


def submit_openai_batch(client: OpenAI, docs: Sequence[PendingDoc], model: str = "gpt-4o-mini") -> str:
    upload = client.files.create(file=("summaries.jsonl", io.BytesIO(_jsonl(docs, model))), purpose="batch")
    batch = client.batches.create(
        input_file_id=upload.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"job": "nightly-summaries"},
    )
    logger.info("submitted openai batch %s with %d requests", batch.id, len(docs))
    return batch.id


def openai_batch_status(client: OpenAI, batch_id: str) -> Dict[str, object]:
    batch = client.batches.retrieve(batch_id)
    return {"status": batch.status, "output_file_id": batch.output_file_id,
            "counts": batch.request_counts.model_dump() if batch.request_counts else None}


def submit_claude_batch(docs: Sequence[PendingDoc]) -> str:
    client = get_container().get("anthropic")
    batch = client.messages.batches.create(
        requests=[
            {
                "custom_id": d.doc_id,
                "params": {
                    "model": "claude-3-5-haiku-latest",
                    "max_tokens": 600,
                    "messages": [{"role": "user", "content": SUMMARY_PROMPT.format(n=5, text=d.text)}],
                },
            }
            for d in docs
        ]
    )
    logger.info("submitted claude batch %s", batch.id)
    return batch.id


def run_nightly(docs: List[PendingDoc], provider: str = "openai") -> str:
    if provider == "anthropic":
        return submit_claude_batch(docs)
    return submit_openai_batch(get_container().get("openai"), docs)
