#!/usr/bin/env python
"""Uploads the golden set to OpenAI Files so the evals dashboard can read it."""
from __future__ import annotations

import sys
from pathlib import Path

from app.clients import get_openai_client


def upload(path: Path) -> str:
    client = get_openai_client()
    with path.open("rb") as fh:
        uploaded = client.files.create(file=fh, purpose="evals")
    return uploaded.id


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(arg, upload(Path(arg)))
