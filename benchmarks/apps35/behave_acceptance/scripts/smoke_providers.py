#!/usr/bin/env python
"""Pre-flight before a live acceptance run: are keys valid, are models there?

    python scripts/smoke_providers.py --ping
"""
from __future__ import annotations

import argparse
import sys

import cohere
from anthropic import Anthropic
from groq import Groq

from app.clients import get_bedrock_runtime, get_openai_client


def check_models() -> dict[str, int]:
    counts = {}
    counts["openai"] = len(list(get_openai_client().models.list()))
    counts["anthropic"] = len(Anthropic().models.list(limit=50).data)
    counts["groq"] = len(Groq().models.list().data)
    counts["cohere"] = len(cohere.ClientV2().models.list().models)
    return counts


def ping_all() -> None:
    openai_client = get_openai_client()
    r = openai_client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "ping"}], max_tokens=1
    )
    print("openai", r.model)

    claude = Anthropic()
    m = claude.messages.create(
        model="claude-3-haiku-20240307", max_tokens=1, messages=[{"role": "user", "content": "ping"}]
    )
    print("anthropic", m.model)

    runtime = get_bedrock_runtime()
    b = runtime.converse(
        modelId="anthropic.claude-3-haiku-20240307-v1:0",
        messages=[{"role": "user", "content": [{"text": "ping"}]}],
        inferenceConfig={"maxTokens": 1},
    )
    print("bedrock", b["stopReason"])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ping", action="store_true", help="spend a few tokens per provider")
    args = parser.parse_args(argv)
    print(check_models())
    if args.ping:
        ping_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
