"""Estimate the cost of a job run before launching it on the big cluster.

python scripts/estimate_cost.py --config configs/prod.yaml --table prod_raw.support_tickets --model gpt-4o-mini
"""
from __future__ import annotations

import argparse
import sys

sys.path.insert(0, ".")

from pyspark.sql import SparkSession  # noqa: E402

from jobs.common.clients import get_anthropic_client, get_genai_client  # noqa: E402
from jobs.common.costs import calculate_cost, count_tokens  # noqa: E402


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--table", required=True)
    p.add_argument("--column", default="body")
    p.add_argument("--model", default="gpt-4o-mini")
    p.add_argument("--output-tokens", type=int, default=50)
    p.add_argument("--sample", type=float, default=0.01)
    args = p.parse_args()

    spark = SparkSession.builder.appName("estimate-cost").enableHiveSupport().getOrCreate()
    df = spark.table(args.table)
    total_rows = df.count()
    sample = [r[0] or "" for r in df.sample(args.sample, seed=7).select(args.column).collect()]

    if args.model.startswith("claude"):
        client = get_anthropic_client()
        tokens = [
            client.messages.count_tokens(model=args.model, messages=[{"role": "user", "content": t}]).input_tokens
            for t in sample[:200]
        ]
    elif args.model.startswith("gemini"):
        client = get_genai_client()
        tokens = [client.models.count_tokens(model=args.model, contents=t).total_tokens for t in sample[:200]]
    else:
        tokens = [count_tokens(t, args.model) for t in sample]

    avg = sum(tokens) / max(len(tokens), 1)
    est_in = int(avg * total_rows)
    est_out = args.output_tokens * total_rows
    print(f"rows={total_rows} avg_input_tokens={avg:.0f}")
    print(f"estimated cost for {args.model}: ${calculate_cost(args.model, est_in, est_out):,.2f}")


if __name__ == "__main__":
    main()
