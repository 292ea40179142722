"""Provider batch APIs for large offline runs (50% cheaper, results within 24h).

Submit returns a batch id that is stored in the run manifest; `evalkit collect`
polls and downloads the results later.
"""
from __future__ import annotations

import io
import json
import logging
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence

from evalkit.models.base import ModelSpec
from evalkit.models.clients import get_anthropic_client, get_openai_client
from evalkit.schemas import ModelOutput, TestCase

logger = logging.getLogger(__name__)

OPENAI_TERMINAL = {"completed", "failed", "expired", "cancelled"}


def _openai_request_line(spec: ModelSpec, case: TestCase, generation: Dict[str, Any]) -> Dict[str, Any]:
    messages = []
    if case.system_prompt:
        messages.append({"role": "system", "content": case.system_prompt})
    messages.append({"role": "user", "content": case.prompt})
    return {
        "custom_id": case.id,
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {
            "model": spec.model,
            "messages": messages,
            "temperature": generation.get("temperature", 0.0),
            "max_tokens": generation.get("max_tokens", 1024),
        },
    }


def submit_openai_batch(
    spec: ModelSpec,
    cases: Sequence[TestCase],
    generation: Dict[str, Any],
    run_name: str,
    workdir: Path,
) -> str:
    client = get_openai_client()
    workdir.mkdir(parents=True, exist_ok=True)
    jsonl_path = workdir / f"{run_name}.{spec.model}.openai-batch.jsonl"
    with jsonl_path.open("w", encoding="utf-8") as fh:
        for case in cases:
            fh.write(json.dumps(_openai_request_line(spec, case, generation)) + "\n")

    with jsonl_path.open("rb") as fh:
        uploaded = client.files.create(file=fh, purpose="batch")

    batch = client.batches.create(
        input_file_id=uploaded.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"evalkit_run": run_name, "model": spec.model},
    )
    logger.info("submitted OpenAI batch %s (%d requests)", batch.id, len(cases))
    return batch.id


def collect_openai_batch(batch_id: str, model: str) -> Optional[Dict[str, ModelOutput]]:
    """Returns None while the batch is still running."""
    client = get_openai_client()
    batch = client.batches.retrieve(batch_id)
    if batch.status not in OPENAI_TERMINAL:
        logger.info("batch %s: %s (%s/%s)", batch_id, batch.status,
                    batch.request_counts.completed, batch.request_counts.total)
        return None
    if batch.status != "completed" or not batch.output_file_id:
        raise RuntimeError(f"batch {batch_id} ended with status {batch.status}")

    content = client.files.content(batch.output_file_id).text
    outputs: Dict[str, ModelOutput] = {}
    for line in io.StringIO(content):
        row = json.loads(line)
        body = row["response"]["body"]
        outputs[row["custom_id"]] = ModelOutput(
            text=body["choices"][0]["message"]["content"] or "",
            model=model,
            provider="openai",
            input_tokens=body["usage"]["prompt_tokens"],
            output_tokens=body["usage"]["completion_tokens"],
            raw_id=body.get("id"),
        )
    return outputs


def submit_anthropic_batch(
    spec: ModelSpec,
    cases: Sequence[TestCase],
    generation: Dict[str, Any],
) -> str:
    requests: List[Dict[str, Any]] = []
    for case in cases:
        params: Dict[str, Any] = {
            "model": spec.model,
            "max_tokens": generation.get("max_tokens", 1024),
            "temperature": generation.get("temperature", 0.0),
            "messages": [{"role": "user", "content": case.prompt}],
        }
        if case.system_prompt:
            params["system"] = case.system_prompt
        requests.append({"custom_id": case.id, "params": params})

    batch = get_anthropic_client().messages.batches.create(requests=requests)
    logger.info("submitted Anthropic batch %s (%d requests)", batch.id, len(requests))
    return batch.id


def collect_anthropic_batch(batch_id: str, model: str) -> Optional[Dict[str, ModelOutput]]:
    client = get_anthropic_client()
    batch = client.messages.batches.retrieve(batch_id)
    if batch.processing_status != "ended":
        return None
    outputs: Dict[str, ModelOutput] = {}
    for entry in client.messages.batches.results(batch_id):
        if entry.result.type != "succeeded":
            outputs[entry.custom_id] = ModelOutput.failed(model, "anthropic", entry.result.type)
            continue
        msg = entry.result.message
        outputs[entry.custom_id] = ModelOutput(
            text="".join(b.text for b in msg.content if b.type == "text"),
            model=model,
            provider="anthropic",
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
            raw_id=msg.id,
        )
    return outputs
