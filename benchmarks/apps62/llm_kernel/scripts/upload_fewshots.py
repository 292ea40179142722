#!/usr/bin/env python
"""Upload the few-shot examples used by %%review as an OpenAI file (for the batch eval job)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from llm_kernel.backends import get_openai_client


def main(path: str = "fewshots/review.jsonl") -> None:
    p = Path(path)
    rows = [json.loads(line) for line in p.read_text().splitlines() if line.strip()]
    print(f"{len(rows)} examples")
    client = get_openai_client()
    with p.open("rb") as fh:
        f = client.files.create(file=fh, purpose="batch")
    print("uploaded", f.id)


if __name__ == "__main__":
    main(*sys.argv[1:])
