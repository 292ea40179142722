#!/usr/bin/env python
"""Submit the big summary runs through the batch endpoints (50% cheaper, 24h SLA).

    python submit_batch.py openai  --dataset eval_conversations
    python submit_batch.py anthropic --dataset eval_conversations

Batch ids are appended to outputs/batches.jsonl; collect them with collect_batch.py.
"""
import argparse
import io
import json
import logging
import time

import config
import prompts
from clients import anthropic_client, openai_client
from helpers import load_frame, setup_logging, truncate

log = logging.getLogger("submit_batch")
LEDGER = config.OUTPUT_DIR / "batches.jsonl"


def _record(entry):
    entry["submitted_at"] = time.strftime("%Y-%m-%dT%H:%M:%S")
    with LEDGER.open("a") as fh:
        fh.write(json.dumps(entry) + "\n")


def submit_openai(df, model):
    buf = io.BytesIO()
    for row in df.itertuples():
        line = {
            "custom_id": str(row.conversation_id),
            "method": "POST",
            "url": "/v1/chat/completions",
            "body": {
                "model": model,
                "messages": prompts.summary_messages(truncate(row.conversation)),
                "temperature": 0,
                "max_tokens": 300,
            },
        }
        buf.write((json.dumps(line) + "\n").encode("utf-8"))
    buf.seek(0)

    upload = openai_client.files.create(file=("batch.jsonl", buf), purpose="batch")
    batch = openai_client.batches.create(
        input_file_id=upload.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"prompt_version": prompts.SUMMARY_VERSION},
    )
    log.info("openai batch %s (%d requests)", batch.id, len(df))
    return batch.id


def submit_anthropic(df, model):
    requests = [
        {
            "custom_id": str(row.conversation_id),
            "params": {
                "model": model,
                "max_tokens": 300,
                "system": prompts.SUMMARY_SYSTEM,
                "messages": [
                    {"role": "user", "content": prompts.SUMMARY_USER.format(conversation=truncate(row.conversation))}
                ],
            },
        }
        for row in df.itertuples()
    ]
    batch = anthropic_client.messages.batches.create(requests=requests)
    log.info("anthropic batch %s (%d requests)", batch.id, len(requests))
    return batch.id


SUBMITTERS = {
    "openai": (submit_openai, config.OPENAI_CHAT_MODEL),
    "anthropic": (submit_anthropic, config.ANTHROPIC_MODEL),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("provider", choices=SUBMITTERS.keys())
    ap.add_argument("--dataset", default="eval_conversations")
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    setup_logging()

    fn, default_model = SUBMITTERS[args.provider]
    model = args.model or default_model
    df = load_frame(args.dataset)
    batch_id = fn(df, model)
    _record({"provider": args.provider, "batch_id": batch_id, "model": model, "dataset": args.dataset})


if __name__ == "__main__":
    main()
