#!/usr/bin/env python
"""Upload the FIM eval set so the team can run it as a batch from the dashboard."""
import sys
from pathlib import Path

from openai import OpenAI


def main(path: str) -> None:
    client = OpenAI()
    uploaded = client.files.create(file=Path(path).open("rb"), purpose="batch")
    print("uploaded", uploaded.id)
    models = [m.id for m in client.models.list() if m.id.startswith("gpt-4o")]
    print("available:", ", ".join(sorted(models)))


if __name__ == "__main__":
    main(sys.argv[1])
