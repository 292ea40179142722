#!/usr/bin/env python
"""Upload the gold-set JSONL to OpenAI storage (used by the fine-tune experiments)."""
import argparse
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from labelling_flows.llm import get_openai_client  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", type=pathlib.Path)
    args = parser.parse_args()
    client = get_openai_client()
    with args.path.open("rb") as fh:
        uploaded = client.files.create(file=fh, purpose="fine-tune")
    print(uploaded.id, uploaded.bytes)
    for f in client.files.list(purpose="fine-tune"):
        print(" ", f.id, f.filename, f.status)


if __name__ == "__main__":
    main()
