#!/usr/bin/env python
"""Export the llm_usage_logs table to CSV for finance."""
from __future__ import annotations

import asyncio
import csv
import os
import sys

import asyncpg

from deskpilot.utils.pricing import estimate_cost


async def main(month: str) -> None:
    conn = await asyncpg.connect(os.environ["DATABASE_URL"])
    rows = await conn.fetch(
        "SELECT tenant, provider, model, sum(input_tokens) AS i, sum(output_tokens) AS o "
        "FROM llm_usage_logs WHERE to_char(created_at, 'YYYY-MM') = $1 GROUP BY 1, 2, 3",
        month,
    )
    w = csv.writer(sys.stdout)
    w.writerow(["tenant", "provider", "model", "input_tokens", "output_tokens", "cost_usd"])
    for r in rows:
        w.writerow([r["tenant"], r["provider"], r["model"], r["i"], r["o"], estimate_cost(r["model"], r["i"], r["o"])])
    await conn.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
