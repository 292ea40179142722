#!/usr/bin/env python3
"""Upload the labelled failure summaries as a fine-tuning / eval file.
Only uploads; the fine-tune itself is started by hand from the console."""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from llm.clients import get_openai_client  # noqa: E402
from llm.usage import rough_token_count  # noqa: E402


def to_chat_rows(path):
    with open(path) as fh:
        for line in fh:
            rec = json.loads(line)
            yield {"messages": [
                {"role": "user", "content": rec["log"]},
                {"role": "assistant", "content": rec["summary"]},
            ]}


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("labels")
    ap.add_argument("--out", default="/tmp/ci_eval.jsonl")
    args = ap.parse_args(argv)

    tokens = 0
    with open(args.out, "w") as fh:
        for row in to_chat_rows(args.labels):
            tokens += sum(rough_token_count(m["content"]) for m in row["messages"])
            fh.write(json.dumps(row) + "\n")
    print(f"~{tokens} tokens")

    client = get_openai_client()
    with open(args.out, "rb") as fh:
        uploaded = client.files.create(file=fh, purpose="fine-tune")
    print(uploaded.id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
