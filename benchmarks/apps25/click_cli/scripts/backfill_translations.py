#!/usr/bin/env python
"""One-off: backfill the German translations that failed in the March run.

Usage: python scripts/backfill_translations.py failed_ids.txt reviews.jsonl out.jsonl
"""
from __future__ import annotations

import json
import sys
import time

from openai import OpenAI, RateLimitError

client = OpenAI()

MODEL = "gpt-4o-2024-08-06"
SYSTEM = "Translate the user's product review into German. Keep emoji. Return only the translation."


def translate(text: str) -> str:
    for attempt in range(5):
        try:
            resp = client.chat.completions.create(
                model=MODEL,
                messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}],
                temperature=0,
            )
            return resp.choices[0].message.content
        except RateLimitError:
            time.sleep(5 * (attempt + 1))
    raise SystemExit("giving up after 5 rate limits")


def main(ids_path: str, data_path: str, out_path: str) -> None:
    with open(ids_path) as fh:
        wanted = {line.strip() for line in fh if line.strip()}
    done = 0
    with open(data_path) as src, open(out_path, "w") as dst:
        for line in src:
            rec = json.loads(line)
            if str(rec.get("id")) in wanted:
                rec["text_de"] = translate(rec["text"])
                done += 1
            dst.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"backfilled {done}/{len(wanted)}", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:4])
