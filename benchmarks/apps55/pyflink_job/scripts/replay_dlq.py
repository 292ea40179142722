#!/usr/bin/env python
"""Replays chat summaries that landed in the DLQ (usually Anthropic 529s)."""
from __future__ import annotations

import argparse
import json
import os
import sys

import httpx

from enrichment.legacy_llm import legacy_summary_http
from enrichment.prompts import CHAT_SUMMARY_SYSTEM

FIREWORKS_CHAT_URL = "https://api.fireworks.ai/inference/v1/chat/completions"


def summarize_via_fireworks(http: httpx.Client, transcript: str) -> str:
    r = http.post(
        FIREWORKS_CHAT_URL,
        headers={"Authorization": f"Bearer {os.environ['FIREWORKS_API_KEY']}"},
        json={
            "model": "accounts/fireworks/models/llama-v3p1-70b-instruct",
            "messages": [
                {"role": "system", "content": CHAT_SUMMARY_SYSTEM},
                {"role": "user", "content": transcript},
            ],
            "max_tokens": 300,
        },
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dlq_dump", help="JSONL dump of the enrichment.dlq topic")
    ap.add_argument("--via", choices=["anthropic", "fireworks"], default="anthropic")
    args = ap.parse_args()

    out = []
    with open(args.dlq_dump) as fh, httpx.Client(timeout=60) as http:
        for line in fh:
            rec = json.loads(line)
            transcript = rec["transcript"]
            if args.via == "fireworks":
                rec["summary"] = summarize_via_fireworks(http, transcript)
            else:
                rec["summary"] = legacy_summary_http(transcript)
            out.append(rec)
    json.dump(out, sys.stdout, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
