"""Suggests runbook sections for an incident.

Written before we had botlib.clients; builds its own Bedrock client.
TODO(ines): move onto get_bedrock_runtime() once the IAM role is shared.
"""
from __future__ import annotations

import json
import os
from typing import Dict, List

import boto3

RUNBOOK_DIR = os.environ.get("RUNBOOK_DIR", "/srv/runbooks")
_bedrock = boto3.client("bedrock-runtime", region_name=os.environ.get("AWS_REGION", "us-east-1"))
EMBED_MODEL = "amazon.titan-embed-text-v2:0"


def load_runbooks() -> Dict[str, str]:
    books: Dict[str, str] = {}
    if not os.path.isdir(RUNBOOK_DIR):
        return books
    for name in sorted(os.listdir(RUNBOOK_DIR)):
        if name.endswith(".md"):
            with open(os.path.join(RUNBOOK_DIR, name)) as fh:
                books[name[:-3]] = fh.read()
    return books


def embed(text: str) -> List[float]:
    resp = _bedrock.invoke_model(
        modelId=EMBED_MODEL,
        body=json.dumps({"inputText": text[:8000], "dimensions": 512, "normalize": True}),
        contentType="application/json",
        accept="application/json",
    )
    return json.loads(resp["body"].read())["embedding"]


def suggest_runbook(component: str, summary: str, model_id: str) -> str:
    books = load_runbooks()
    candidates = {k: v for k, v in books.items() if component.lower() in k.lower()} or books
    listing = "\n\n".join(f"## {name}\n{body[:1500]}" for name, body in list(candidates.items())[:5])
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 400,
        "messages": [{
            "role": "user",
            "content": f"Incident: {summary}\n\nWhich runbook section applies? Quote it.\n\n{listing}",
        }],
    }
    resp = _bedrock.invoke_model(modelId=model_id, body=json.dumps(body))
    payload = json.loads(resp["body"].read())
    return payload["content"][0]["text"]
