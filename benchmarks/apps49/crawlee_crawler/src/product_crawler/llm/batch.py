"""OpenAI Batch API helpers for overnight re-summarisation (50% cheaper than online calls).

Only prepares and submits files here; the batch itself is created from the ops console
after review, so this module never creates a batch job.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

from product_crawler.llm import get_openai_client
from product_crawler.llm.prompts import SUMMARY_SYSTEM, build_summary_prompt

logger = logging.getLogger(__name__)


def write_batch_file(items: list[dict], path: Path, model: str = "gpt-4o-mini") -> Path:
    with path.open("w") as fh:
        for item in items:
            line = {
                "custom_id": item["url"],
                "method": "POST",
                "url": "/v1/chat/completions",
                "body": {
                    "model": model,
                    "messages": [
                        {"role": "system", "content": SUMMARY_SYSTEM},
                        {"role": "user", "content": build_summary_prompt(item["title"], item.get("description", ""))},
                    ],
                    "max_tokens": 220,
                },
            }
            fh.write(json.dumps(line) + "\n")
    return path


def upload_batch_file(path: Path) -> str:
    client = get_openai_client()
    uploaded = client.files.create(file=path.open("rb"), purpose="batch")
    logger.info("uploaded %s as %s", path, uploaded.id)
    return uploaded.id


def wait_for_batch(batch_id: str, poll_seconds: int = 60, timeout_s: int = 24 * 3600) -> dict:
    client = get_openai_client()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        batch = client.batches.retrieve(batch_id)
        logger.info("batch %s status=%s counts=%s", batch_id, batch.status, batch.request_counts)
        if batch.status in {"completed", "failed", "expired", "cancelled"}:
            return batch.model_dump()
        time.sleep(poll_seconds)
    raise TimeoutError(batch_id)


def download_results(output_file_id: str) -> dict[str, str]:
    client = get_openai_client()
    content = client.files.content(output_file_id)
    results: dict[str, str] = {}
    for line in content.text.splitlines():
        row = json.loads(line)
        body = row.get("response", {}).get("body", {})
        choices = body.get("choices") or []
        if choices:
            results[row["custom_id"]] = choices[0]["message"]["content"]
    return results
