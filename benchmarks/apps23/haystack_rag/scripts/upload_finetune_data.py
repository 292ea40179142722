"""Upload the curated Q/A pairs as an OpenAI fine-tuning file (job is started by hand)."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from ragsvc.clients import get_openai_client
from ragsvc.utils.tokens import calculate_cost, count_tokens

SYSTEM = "You are the Acme Cloud support assistant."


def to_chat_jsonl(src: Path, dst: Path) -> int:
    total_tokens = 0
    with src.open() as fin, dst.open("w") as fout:
        for line in fin:
            ex = json.loads(line)
            record = {
                "messages": [
                    {"role": "system", "content": SYSTEM},
                    {"role": "user", "content": ex["question"]},
                    {"role": "assistant", "content": ex["answer"]},
                ]
            }
            total_tokens += count_tokens(ex["question"]) + count_tokens(ex["answer"])
            fout.write(json.dumps(record) + "\n")
    return total_tokens


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("src", type=Path)
    parser.add_argument("--out", type=Path, default=Path("var/finetune.jsonl"))
    args = parser.parse_args()

    args.out.parent.mkdir(parents=True, exist_ok=True)
    tokens = to_chat_jsonl(args.src, args.out)
    print(f"{tokens} training tokens, ~${calculate_cost('gpt-4o-mini', tokens) * 3:.2f} for 3 epochs")
    client = get_openai_client()
    with args.out.open("rb") as fh:
        uploaded = client.files.create(file=fh, purpose="fine-tune")
    print(f"uploaded {uploaded.id}; start the job from the dashboard")


if __name__ == "__main__":
    main()
