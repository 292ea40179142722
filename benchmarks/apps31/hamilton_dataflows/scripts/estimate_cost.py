#!/usr/bin/env python
"""Estimate the cost of enriching a batch before running it (no generation calls)."""
from __future__ import annotations

import json
import sys

import anthropic
import litellm
import tiktoken

from enrichment.clients import get_anthropic, get_voyage


def main(path: str) -> None:
    docs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    enc = tiktoken.get_encoding("cl100k_base")
    n_openai = sum(len(enc.encode(d.get("body", ""))) for d in docs)

    claude: anthropic.Anthropic = get_anthropic()
    sample = docs[: min(20, len(docs))]
    n_claude = sum(
        claude.messages.count_tokens(
            model="claude-3-5-sonnet-20241022", messages=[{"role": "user", "content": d.get("body", "")[:24_000]}]
        ).input_tokens
        for d in sample
    ) * (len(docs) / max(1, len(sample)))

    n_voyage = get_voyage().count_tokens([d.get("body", "") for d in sample], model="voyage-3")

    embed_cost = litellm.completion_cost(model="text-embedding-3-small", prompt="x" * 4 * n_openai, completion="")
    print(f"docs={len(docs)} openai_tokens={n_openai} claude_tokens~={int(n_claude)} voyage_sample_tokens={n_voyage}")
    print(f"embedding cost ~= ${embed_cost:.2f}")


if __name__ == "__main__":
    main(sys.argv[1])
