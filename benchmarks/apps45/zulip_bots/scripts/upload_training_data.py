#!/usr/bin/env python
"""Export good @docs answers (👍 reactions) as JSONL and upload to OpenAI Files.

The fine-tune itself is kicked off by hand from the dashboard.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import zulip

from botlib import get_openai_client
from botlib.prompts import DOCS_QA_SYSTEM


def export(client: zulip.Client, stream: str, out: Path) -> int:
    res = client.get_messages({
        "anchor": "newest", "num_before": 1000, "num_after": 0, "apply_markdown": False,
        "narrow": [{"operator": "stream", "operand": stream}, {"operator": "sender", "operand": "docs-bot@acme.zulipchat.com"}],
    })
    n = 0
    with out.open("w") as fh:
        for msg in res.get("messages", []):
            if not any(r["emoji_name"] == "+1" for r in msg.get("reactions", [])):
                continue
            example = {"messages": [
                {"role": "system", "content": DOCS_QA_SYSTEM},
                {"role": "user", "content": msg.get("question", "")},
                {"role": "assistant", "content": msg["content"]},
            ]}
            fh.write(json.dumps(example) + "\n")
            n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--stream", default="handbook-questions")
    ap.add_argument("--out", type=Path, default=Path("docs_finetune.jsonl"))
    ap.add_argument("--upload", action="store_true")
    args = ap.parse_args()
    n = export(zulip.Client(config_file="~/.zuliprc"), args.stream, args.out)
    print(f"exported {n} examples to {args.out}")
    if args.upload and n:
        with args.out.open("rb") as fh:
            f = get_openai_client().files.create(file=fh, purpose="fine-tune")
        print("uploaded as", f.id)


if __name__ == "__main__":
    main()
