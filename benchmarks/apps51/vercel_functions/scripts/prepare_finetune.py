#!/usr/bin/env python
"""Package approved rewrites as a fine-tuning file and upload it.

Only uploads; the job itself is started from the dashboard after review.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lib.db import _sql  # noqa: E402
from lib.llm import get_openai  # noqa: E402
from lib.llm.pricing import count_message_tokens, estimate_cost  # noqa: E402
from lib.prompts import REWRITE_SYSTEM, render  # noqa: E402

OUT = Path("finetune_rewrites.jsonl")


def main() -> None:
    rows = _sql("SELECT tone, original, approved FROM rewrite_feedback WHERE approved IS NOT NULL")
    total_tokens = 0
    with OUT.open("w") as fh:
        for row in rows:
            messages = [
                {"role": "system", "content": render(REWRITE_SYSTEM, tone=row["tone"])},
                {"role": "user", "content": row["original"]},
                {"role": "assistant", "content": row["approved"]},
            ]
            total_tokens += count_message_tokens(messages)
            fh.write(json.dumps({"messages": messages}) + "\n")
    print(f"{len(rows)} examples, ~{total_tokens} tokens, ~${estimate_cost('gpt-4o-mini', total_tokens, 0) * 3:.2f} to train")

    client = get_openai()
    with OUT.open("rb") as fh:
        uploaded = client.files.create(file=fh, purpose="fine-tune")
    print("uploaded", uploaded.id)
    available = [m.id for m in client.models.list() if "ft:" in m.id]
    print("existing fine-tunes:", ", ".join(available) or "none")


if __name__ == "__main__":
    main()
