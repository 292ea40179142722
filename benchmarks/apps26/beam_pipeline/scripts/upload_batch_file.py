#!/usr/bin/env python
"""Prepare an OpenAI Batch input file for the monthly re-summary job.

This only builds and uploads the JSONL; the batch itself is started from the
console by whoever is on finops rotation (so it shows up in their budget).
"""
import argparse
import json
import tempfile

from newsenrich import config, prompts
from newsenrich.clients import get_openai


def build_requests(docs):
    for d in docs:
        yield {
            "custom_id": d["article_id"],
            "method": "POST",
            "url": "/v1/chat/completions",
            "body": {
                "model": config.OPENAI_SUMMARY_MODEL,
                "messages": [
                    {"role": "system", "content": prompts.SUMMARY_SYSTEM_V3},
                    {"role": "user", "content": prompts.render_summary(d["title"], d["body"][:8000])},
                ],
                "max_tokens": config.MAX_SUMMARY_TOKENS,
            },
        }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("export")
    args = ap.parse_args()
    with open(args.export) as fh:
        docs = [json.loads(l) for l in fh]

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as tmp:
        for req in build_requests(docs):
            tmp.write(json.dumps(req) + "\n")
        path = tmp.name

    client = get_openai()
    with open(path, "rb") as fh:
        uploaded = client.files.create(file=fh, purpose="batch")
    print("uploaded", uploaded.id, uploaded.bytes, "bytes")
    recent = [f.id for f in client.files.list(purpose="batch")][:5]
    print("recent batch files:", recent)


if __name__ == "__main__":
    main()
