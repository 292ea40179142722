#!/usr/bin/env python
"""Poll the batches in outputs/batches.jsonl and download finished results.

Safe to run from cron; it only touches batches that aren't collected yet.
"""
import json
import logging
import sys

import pandas as pd

import config
from clients import anthropic_client, openai_client
from helpers import load_jsonl, setup_logging, write_jsonl

log = logging.getLogger("collect_batch")
LEDGER = config.OUTPUT_DIR / "batches.jsonl"


def collect_openai(batch_id):
    batch = openai_client.batches.retrieve(batch_id)
    if batch.status != "completed":
        log.info("openai %s: %s (%s/%s)", batch_id, batch.status,
                 batch.request_counts.completed, batch.request_counts.total)
        return None
    raw = openai_client.files.content(batch.output_file_id).text
    rows = []
    for line in raw.splitlines():
        item = json.loads(line)
        body = item["response"]["body"]
        rows.append({
            "conversation_id": item["custom_id"],
            "summary": body["choices"][0]["message"]["content"],
            "input_tokens": body["usage"]["prompt_tokens"],
            "output_tokens": body["usage"]["completion_tokens"],
        })
    return rows


def collect_anthropic(batch_id):
    batch = anthropic_client.messages.batches.retrieve(batch_id)
    if batch.processing_status != "ended":
        log.info("anthropic %s: %s", batch_id, batch.processing_status)
        return None
    rows = []
    for result in anthropic_client.messages.batches.results(batch_id):
        if result.result.type != "succeeded":
            rows.append({"conversation_id": result.custom_id, "summary": None, "error": result.result.type})
            continue
        msg = result.result.message
        rows.append({
            "conversation_id": result.custom_id,
            "summary": msg.content[0].text,
            "input_tokens": msg.usage.input_tokens,
            "output_tokens": msg.usage.output_tokens,
        })
    return rows


COLLECTORS = {"openai": collect_openai, "anthropic": collect_anthropic}


def main():
    setup_logging()
    if not LEDGER.exists():
        log.info("nothing submitted yet")
        return 0
    entries = load_jsonl(LEDGER)
    changed = False
    for entry in entries:
        if entry.get("collected"):
            continue
        rows = COLLECTORS[entry["provider"]](entry["batch_id"])
        if rows is None:
            continue
        out = config.OUTPUT_DIR / f"batch_{entry['provider']}_{entry['batch_id']}.parquet"
        pd.DataFrame(rows).to_parquet(out, index=False)
        entry["collected"] = str(out)
        changed = True
        log.info("collected %d rows -> %s", len(rows), out)
    if changed:
        write_jsonl(entries, LEDGER)
    return 0


if __name__ == "__main__":
    sys.exit(main())
