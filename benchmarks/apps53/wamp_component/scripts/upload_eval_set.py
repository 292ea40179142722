#!/usr/bin/env python
"""Upload the JSONL eval set so the evals dashboard can use it."""
import sys
from pathlib import Path

from gateway.llm import get_openai_sync


def main(path: str) -> None:
    client = get_openai_sync()
    with Path(path).open("rb") as fh:
        f = client.files.create(file=fh, purpose="evals")
    print("uploaded", f.id, f.bytes, "bytes")
    for existing in client.files.list(purpose="evals"):
        print(" -", existing.id, existing.filename)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "evals/chat_eval.jsonl")
