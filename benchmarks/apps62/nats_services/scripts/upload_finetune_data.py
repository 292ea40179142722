"""Upload a JSONL training file for the classifier fine-tune (no training started)."""
from __future__ import annotations

import sys

from svc.llm import count_tokens, estimate_cost, get_sync_openai


def main(path: str) -> None:
    with open(path) as fh:
        text = fh.read()
    tokens = count_tokens(text)
    print(f"{tokens} tokens, ~${estimate_cost('gpt-4o-mini', tokens) * 3:.2f} per 3 epochs")
    client = get_sync_openai()
    with open(path, "rb") as fh:
        f = client.files.create(file=fh, purpose="fine-tune")
    print("uploaded", f.id)


if __name__ == "__main__":
    main(sys.argv[1])
