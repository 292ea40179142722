#!/usr/bin/env python
"""Estimate what a summary backfill would cost before running it.

    python -m scripts.estimate_tokens --kind summary --limit 500
"""
from __future__ import annotations

import argparse

from common.config import MODELS, settings
from common.storage import load_transcript, pending_assets
from lib.costs import estimate_cost
from lib.prompts import SUMMARY_SYSTEM, SUMMARY_USER, truncate
from providers import get_anthropic


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kind", default="summary")
    ap.add_argument("--limit", type=int, default=200)
    args = ap.parse_args()

    client = get_anthropic()
    total_in = 0
    ids = pending_assets(args.kind, limit=args.limit)
    for asset_id in ids:
        transcript = load_transcript(asset_id) or ""
        content = SUMMARY_USER.format(kind="interview", desk="news", transcript=truncate(transcript, settings.max_transcript_chars))
        count = client.messages.count_tokens(
            model=MODELS.claude_summary,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": content}],
        )
        total_in += count.input_tokens
    est_out = len(ids) * settings.summary_max_tokens // 2
    cost = estimate_cost(MODELS.claude_summary, total_in, est_out)
    print(f"{len(ids)} assets, ~{total_in:,} input tokens, ~{est_out:,} output tokens, ~${cost:,.2f}")


if __name__ == "__main__":
    main()
