"""Nightly digest of yesterday's tickets.

Three modes, historically grown:
  * ``bedrock``  - synchronous map-reduce, reuses the Summarizer's chunk helper
  * ``batch``    - OpenAI Batch API (50% cheaper, results next morning)
  * ``granite``  - watsonx Granite, for the EU tenants that cannot leave IBM Cloud
  * ``oss``      - Llama on Together, tracked
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
from pathlib import Path

from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import ModelInference

from jobs.common import JobReport, read_jsonl, setup_logging, write_jsonl
from mlserve.clients import get_bedrock_runtime, get_openai_client, get_together_client
from mlserve.config import get_settings
from mlserve.prompts import SUMMARY_SYSTEM, summary_prompt
from mlserve.services.llm_usage_tracker import llm_tracker
from mlserve.utils import split_paragraphs
from services.summarizer import REDUCE_PROMPT, summarize_chunk


def run_bedrock(tickets: list[dict], report: JobReport) -> list[dict]:
    settings = get_settings().summarizer
    runtime = get_bedrock_runtime()
    rows = []
    for t in tickets:
        parts = [summarize_chunk(runtime, c, settings.long_model) for c in split_paragraphs(t["body"])]
        summary = parts[0] if len(parts) == 1 else summarize_chunk(
            runtime, REDUCE_PROMPT + "\n\n" + "\n\n".join(parts), settings.long_model
        )
        rows.append({"ticket_id": t["id"], "summary": summary})
        report.processed += 1
    return rows


def submit_openai_batch(tickets: list[dict], report: JobReport) -> str:
    client = get_openai_client()
    model = get_settings().summarizer.model
    buf = io.BytesIO()
    for t in tickets:
        line = {
            "custom_id": str(t["id"]),
            "method": "POST",
            "url": "/v1/chat/completions",
            "body": {
                "model": model,
                "messages": [
                    {"role": "system", "content": SUMMARY_SYSTEM},
                    {"role": "user", "content": summary_prompt(t["body"], "bullets", 120)},
                ],
            },
        }
        buf.write((json.dumps(line) + "\n").encode())
    buf.seek(0)
    batch_file = client.files.create(file=("tickets.jsonl", buf), purpose="batch")
    batch = client.batches.create(
        input_file_id=batch_file.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"job": "nightly_summaries"},
    )
    report.notes.append(f"openai batch {batch.id}")
    return batch.id


def run_granite(tickets: list[dict], report: JobReport) -> list[dict]:
    settings = get_settings()
    key = settings.secrets.watsonx_apikey
    model = ModelInference(
        model_id="ibm/granite-3-8b-instruct",
        credentials=Credentials(url=settings.watsonx.url, api_key=key.get_secret_value() if key else None),
        project_id=settings.watsonx.project_id,
    )
    prompts = [summary_prompt(t["body"], "tldr", 60) for t in tickets]
    outputs = model.generate_text(prompt=prompts, params={"max_new_tokens": 120}, concurrency_limit=8)
    report.processed += len(outputs)
    return [{"ticket_id": t["id"], "summary": o} for t, o in zip(tickets, outputs)]


async def run_oss(tickets: list[dict], report: JobReport) -> list[dict]:
    together = get_together_client()
    model = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
    rows = []
    for t in tickets:
        async with llm_tracker.track_llm_call(
            provider="together", model=model, feature_context="nightly_summaries"
        ) as usage_log:
            resp = together.chat.completions.create(
                model=model,
                messages=[
                    {"role": "system", "content": SUMMARY_SYSTEM},
                    {"role": "user", "content": summary_prompt(t["body"], "tldr", 60)},
                ],
                max_tokens=200,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        report.input_tokens += resp.usage.prompt_tokens
        report.output_tokens += resp.usage.completion_tokens
        rows.append({"ticket_id": t["id"], "summary": resp.choices[0].message.content})
    report.processed += len(rows)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--input", type=Path, required=True)
    parser.add_argument("--mode", choices=["bedrock", "batch", "granite", "oss"], default="bedrock")
    parser.add_argument("--output", type=Path, default=Path("out/summaries.jsonl"))
    args = parser.parse_args(argv)
    setup_logging()

    tickets = list(read_jsonl(args.input))
    report = JobReport.create(f"nightly_summaries_{args.mode}")
    if args.mode == "batch":
        submit_openai_batch(tickets, report)
    elif args.mode == "granite":
        write_jsonl(args.output, run_granite(tickets, report))
    elif args.mode == "oss":
        write_jsonl(args.output, asyncio.run(run_oss(tickets, report)))
    else:
        write_jsonl(args.output, run_bedrock(tickets, report))
    report.dump(Path("out/reports"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
