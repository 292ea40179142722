#!/usr/bin/env python
"""Upload a JSONL of classification requests for the OpenAI Batch API (submitted manually in the console)."""
import json
import sys

from app.llm import get_openai_client
from app.llm.prompts import CLASSIFY, DOC_TYPES, render


def build(paths: list[str], out: str = "batch_inputs.jsonl") -> str:
    with open(out, "w", encoding="utf-8") as fh:
        for i, p in enumerate(paths):
            text = open(p, encoding="utf-8").read()[:8000]
            body = {"model": "gpt-4o-mini", "messages": render(CLASSIFY, doc_types=", ".join(DOC_TYPES), text=text)}
            fh.write(json.dumps({"custom_id": f"doc-{i}", "method": "POST", "url": "/v1/chat/completions", "body": body}) + "\n")
    return out


if __name__ == "__main__":
    path = build(sys.argv[1:])
    uploaded = get_openai_client().files.create(file=open(path, "rb"), purpose="batch")
    print("uploaded", uploaded.id)
