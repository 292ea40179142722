"""Half-finished migration of the nightly digest to the Batch API (see PLAT-412)."""
from __future__ import annotations

import io
import json

from agent_workers.legacy import client


def build_batch_file(items: list[str], model: str = "gpt-4o-mini") -> bytes:
    lines = []
    for i, item in enumerate(items):
        lines.append(
            json.dumps(
                {
                    "custom_id": f"digest-{i}",
                    "method": "POST",
                    "url": "/v1/chat/completions",
                    "body": {"model": model, "messages": [{"role": "user", "content": item}]},
                }
            )
        )
    return "\n".join(lines).encode()


def upload_batch_file(items: list[str]) -> str:
    buf = io.BytesIO(build_batch_file(items))
    buf.name = "digest.jsonl"
    uploaded = client.files.create(file=buf, purpose="batch")
    # TODO: submit the batch and poll -- never finished, nightly job still uses summarizer_v1.
    return uploaded.id


def list_uploaded(purpose: str = "batch") -> list[str]:
    return [f.id for f in client.files.list(purpose=purpose)]
