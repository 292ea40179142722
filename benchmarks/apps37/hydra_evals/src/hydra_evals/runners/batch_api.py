"""Helpers for preparing OpenAI Batch API jobs (half price for big offline sweeps).

Only prepares and uploads the request file; submission happens in the web console
after someone eyeballs the cost estimate.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..metrics.cost import estimate_prompt_tokens
from ..models.clients import get_openai_client


def build_batch_file(prompts: list[str], model: str, path: str | Path, max_tokens: int = 1024) -> Path:
    path = Path(path)
    with path.open("w") as f:
        for i, p in enumerate(prompts):
            f.write(json.dumps({
                "custom_id": f"req-{i}",
                "method": "POST",
                "url": "/v1/chat/completions",
                "body": {"model": model, "messages": [{"role": "user", "content": p}], "max_tokens": max_tokens},
            }) + "\n")
    return path


def upload_batch_file(path: str | Path) -> str:
    client = get_openai_client()
    with open(path, "rb") as fh:
        uploaded = client.files.create(file=fh, purpose="batch")
    return uploaded.id


def fetch_batch_results(batch_id: str) -> list[dict]:
    client = get_openai_client()
    batch = client.batches.retrieve(batch_id)
    if batch.status != "completed" or not batch.output_file_id:
        raise RuntimeError(f"batch {batch_id} is {batch.status}")
    content = client.files.content(batch.output_file_id)
    return [json.loads(line) for line in content.text.splitlines() if line]


def estimate(prompts: list[str]) -> int:
    return estimate_prompt_tokens(prompts)
