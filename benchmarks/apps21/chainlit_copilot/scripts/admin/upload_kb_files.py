#!/usr/bin/env python
"""Upload product filings to OpenAI for the file-search pilot. No inference happens here."""
from __future__ import annotations

import argparse
from pathlib import Path

from copilot.providers import get_openai_sync


def upload(paths: list[Path], vector_store_name: str) -> str:
    client = get_openai_sync()
    store = client.vector_stores.create(name=vector_store_name)
    for path in paths:
        with path.open("rb") as fh:
            uploaded = client.files.create(file=fh, purpose="assistants")
        client.vector_stores.files.create(vector_store_id=store.id, file_id=uploaded.id)
        print(f"uploaded {path.name} -> {uploaded.id}")
    return store.id


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("name")
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args()
    print(upload(args.paths, args.name))


if __name__ == "__main__":
    main()
