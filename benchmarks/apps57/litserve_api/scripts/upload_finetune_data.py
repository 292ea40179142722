#!/usr/bin/env python
"""Upload the grader fine-tune dataset to OpenAI (upload only - the job is started from the console)."""
from __future__ import annotations

import sys
from pathlib import Path

from apis.llm import get_openai_client


def main(path: str) -> None:
    client = get_openai_client()
    with Path(path).open("rb") as fh:
        f = client.files.create(file=fh, purpose="fine-tune")
    print(f.id, f.status)
    for existing in client.files.list(purpose="fine-tune"):
        print(" -", existing.id, existing.filename)


if __name__ == "__main__":
    main(sys.argv[1])
