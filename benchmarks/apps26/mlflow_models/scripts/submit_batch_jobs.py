"""Submit half-price batch jobs for the quarterly re-extraction backlog.

OpenAI (Azure global-batch deployment) and Anthropic Message Batches.
"""
from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path

import anthropic
import pandas as pd
from openai import AzureOpenAI

from docai_models.utils.prompts import CLAIM_TRIAGE, EXTRACTION_SYSTEM


def _azure() -> AzureOpenAI:
    return AzureOpenAI(
        azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
        api_key=os.environ["AZURE_OPENAI_API_KEY"],
        api_version="2024-10-21",
    )


def submit_openai_triage(frame: pd.DataFrame, deployment: str) -> str:
    client = _azure()
    lines = [
        {
            "custom_id": str(row.claim_id),
            "method": "POST",
            "url": "/chat/completions",
            "body": {
                "model": deployment,
                "messages": [{"role": "user", "content": CLAIM_TRIAGE.render(fnol_text=row.fnol_text)}],
                "response_format": {"type": "json_object"},
            },
        }
        for row in frame.itertuples()
    ]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        fh.write("\n".join(json.dumps(line) for line in lines))
        path = fh.name
    batch_file = client.files.create(file=open(path, "rb"), purpose="batch")
    job = client.batches.create(
        input_file_id=batch_file.id,
        endpoint="/chat/completions",
        completion_window="24h",
        metadata={"job": "triage-backlog"},
    )
    return job.id


def submit_anthropic_extraction(frame: pd.DataFrame, model: str) -> str:
    client = anthropic.Anthropic()
    requests = [
        {
            "custom_id": f"doc-{row.document_id}",
            "params": {
                "model": model,
                "max_tokens": 2048,
                "system": EXTRACTION_SYSTEM.template,
                "messages": [{"role": "user", "content": row.document_text}],
            },
        }
        for row in frame.itertuples()
    ]
    batch = client.messages.batches.create(requests=requests)
    return batch.id


def poll(job_id: str, kind: str) -> str:
    if kind == "openai":
        return _azure().batches.retrieve(job_id).status
    return anthropic.Anthropic().messages.batches.retrieve(job_id).processing_status


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("kind", choices=["openai", "anthropic", "poll"])
    ap.add_argument("--input")
    ap.add_argument("--job-id")
    ap.add_argument("--provider", default="openai")
    args = ap.parse_args(argv)
    if args.kind == "poll":
        print(poll(args.job_id, args.provider))
        return
    frame = pd.read_parquet(Path(args.input))
    if args.kind == "openai":
        print(submit_openai_triage(frame, os.environ.get("TRIAGE_BATCH_DEPLOYMENT", "gpt-4o-batch")))
    else:
        print(submit_anthropic_extraction(frame, "claude-3-5-haiku-20241022"))


if __name__ == "__main__":
    main()
