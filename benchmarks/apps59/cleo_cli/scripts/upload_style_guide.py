#!/usr/bin/env python
"""Upload STYLE.md to the OpenAI files store so the assistants playground can use it."""
from __future__ import annotations

import sys
from pathlib import Path

from llmtool.providers import get_openai_client


def main(path: Path) -> None:
    client = get_openai_client()
    for existing in client.files.list(purpose="assistants"):
        if existing.filename == path.name:
            client.files.delete(existing.id)
    with path.open("rb") as fh:
        uploaded = client.files.create(file=fh, purpose="assistants")
    print(f"uploaded {uploaded.id}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "STYLE.md"))
