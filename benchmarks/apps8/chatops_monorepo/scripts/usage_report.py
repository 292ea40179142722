#!/usr/bin/env python
"""Prints last week's model spend per feature from llm_usage_logs."""

from __future__ import annotations

import sys
from collections import defaultdict
from datetime import datetime, timedelta

from litellm import cost_per_token
from sqlalchemy import select

from botkit.storage.db import LLMUsageLog, session

MODEL_PREFIX = {"groq": "groq/", "mistral": "mistral/", "openrouter": "openrouter/"}


def main(days: int = 7) -> int:
    since = datetime.utcnow() - timedelta(days=days)
    totals: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0.0])
    with session() as s:
        for row in s.scalars(select(LLMUsageLog).where(LLMUsageLog.created_at >= since)):
            prefix = MODEL_PREFIX.get(row.provider, "")
            model = row.model if "/" in row.model else prefix + row.model
            try:
                prompt_cost, completion_cost = cost_per_token(
                    model=model,
                    prompt_tokens=row.input_tokens,
                    completion_tokens=row.output_tokens,
                )
            except Exception:
                prompt_cost = completion_cost = 0.0
            t = totals[row.feature_context]
            t[0] += row.input_tokens
            t[1] += row.output_tokens
            t[2] += prompt_cost + completion_cost
    print(f"{'feature':32} {'in':>10} {'out':>10} {'usd':>9}")
    for feature, (tin, tout, usd) in sorted(totals.items(), key=lambda kv: -kv[1][2]):
        print(f"{feature:32} {tin:>10} {tout:>10} {usd:>9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 7))
