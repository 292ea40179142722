#!/usr/bin/env python
"""Nightly: summarise yesterday's support tickets with Bedrock (streamed, to keep memory flat)."""
from __future__ import annotations

import json
import sys

import boto3

MODEL_ID = "anthropic.claude-3-haiku-20240307-v1:0"


def summarise_ticket(runtime, ticket: dict) -> str:
    body = json.dumps({
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 400,
        "messages": [{"role": "user", "content": f"Summarise this support ticket:\n\n{ticket['body']}"}],
    })
    resp = runtime.invoke_model_with_response_stream(modelId=MODEL_ID, body=body)
    out = []
    for event in resp["body"]:
        chunk = json.loads(event["chunk"]["bytes"])
        if chunk.get("type") == "content_block_delta":
            out.append(chunk["delta"].get("text", ""))
    return "".join(out)


def main(path: str) -> None:
    runtime = boto3.client("bedrock-runtime", region_name="eu-west-1")
    with open(path) as fh:
        for line in fh:
            ticket = json.loads(line)
            print(json.dumps({"id": ticket["id"], "summary": summarise_ticket(runtime, ticket)}))


if __name__ == "__main__":
    main(sys.argv[1])
