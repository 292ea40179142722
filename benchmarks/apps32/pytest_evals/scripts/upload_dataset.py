#!/usr/bin/env python
"""Upload a dataset JSONL to OpenAI files (for the hosted evals dashboard)."""
import argparse
from pathlib import Path

from evalkit import get_openai_client
from evals.datasets.loader import DATA_DIR


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    args = ap.parse_args()
    client = get_openai_client()
    path = DATA_DIR / f"{args.name}.jsonl"
    with Path(path).open("rb") as fh:
        uploaded = client.files.create(file=fh, purpose="evals")
    print(uploaded.id)


if __name__ == "__main__":
    main()
