"""Helpers for the providers' asynchronous batch APIs (50% cheaper, 24h SLA).

Used by the backfill assets; the daily partitions still go through the
synchronous endpoints because the dashboards need same-day data.
"""
import json
import tempfile
from typing import Any, Dict, Iterable, List

from ..utils import get_logger

log = get_logger("llm.batch")


def write_jsonl(requests: Iterable[Dict[str, Any]]) -> str:
    handle = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False)
    with handle:
        for request in requests:
            handle.write(json.dumps(request) + "\n")
    return handle.name


def openai_chat_request(custom_id: str, model: str, messages: List[Dict[str, str]], **body: Any) -> Dict[str, Any]:
    return {
        "custom_id": custom_id,
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {"model": model, "messages": messages, **body},
    }


def submit_openai_batch(client, requests: List[Dict[str, Any]], description: str) -> str:
    """Upload the requests as a JSONL file and start a batch; returns the batch id."""
    path = write_jsonl(requests)
    with open(path, "rb") as fh:
        uploaded = client.files.create(file=fh, purpose="batch")
    batch = client.batches.create(
        input_file_id=uploaded.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"description": description[:512]},
    )
    log.info("submitted OpenAI batch %s with %d requests", batch.id, len(requests))
    return batch.id


def submit_anthropic_batch(client, requests: List[Dict[str, Any]]) -> str:
    """``requests`` are ``{"custom_id": ..., "params": {...messages.create kwargs...}}`` dicts."""
    batch = client.messages.batches.create(requests=requests)
    log.info("submitted Anthropic message batch %s with %d requests", batch.id, len(requests))
    return batch.id
