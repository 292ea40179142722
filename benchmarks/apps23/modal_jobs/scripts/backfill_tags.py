#!/usr/bin/env python
"""Re-tag a list of articles locally (no Modal), e.g. after a taxonomy change.

    python -m scripts.backfill_tags articles.jsonl --dry-run

Uses Groq directly because it is fast enough to run from a laptop; falls back
to the registry chain for anything Groq refuses.
"""
from __future__ import annotations

import argparse
import json
import sys
import time

from lib.prompts import SECTIONS, TAGGING_PROMPT
from providers import get_groq
from providers.registry import complete_with_fallback

SYSTEM = "You are a taxonomy tagger. Reply with one JSON object, nothing else."


def tag(article: dict) -> dict:
    prompt = TAGGING_PROMPT.format(sections=", ".join(SECTIONS), title=article["title"], body=article["body"][:12000])
    try:
        resp = get_groq().chat.completions.create(
            model="llama-3.3-70b-versatile",
            response_format={"type": "json_object"},
            temperature=0,
            messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": prompt}],
        )
        return json.loads(resp.choices[0].message.content)
    except Exception as exc:  # noqa: BLE001
        print(f"groq failed for {article['id']}: {exc}", file=sys.stderr)
        _, text, _ = complete_with_fallback(SYSTEM, prompt, chain=("claude",))
        return json.loads(text)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("jsonl")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--sleep", type=float, default=0.2)
    args = ap.parse_args()

    from common.storage import JobRecord

    with open(args.jsonl) as fh:
        for line in fh:
            art = json.loads(line)
            tags = tag(art)
            if args.dry_run:
                print(art["id"], json.dumps(tags))
            else:
                JobRecord.create(art["id"], "tags", {**tags, "source": "backfill-groq"})
            time.sleep(args.sleep)


if __name__ == "__main__":
    main()
