"""Estimate the enrichment cost of a backfill before running it.

    python scripts/estimate_cost.py --dataset support --table tickets
"""
from __future__ import annotations

import argparse

import tiktoken

from enrichment import get_anthropic_client, settings
from enrichment.prompts import CLASSIFY_SYSTEM, render_ticket
from services.llm_usage_tracker import calculate_cost
from storage.duck import connect


def count_openai_tokens(texts: list[str], model: str) -> int:
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return sum(len(enc.encode(t)) for t in texts)


def count_claude_tokens(sample: str) -> int:
    result = get_anthropic_client().messages.count_tokens(
        model=settings.summary_model(),
        system=CLASSIFY_SYSTEM,
        messages=[{"role": "user", "content": sample}],
    )
    return result.input_tokens


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dataset", default="support")
    ap.add_argument("--table", default="tickets")
    ap.add_argument("--limit", type=int, default=5000)
    args = ap.parse_args()

    with connect(read_only=True) as conn:
        rows = conn.execute(
            f"SELECT id, subject, description FROM {args.dataset}.{args.table} LIMIT ?", [args.limit]
        ).fetchall()
    texts = [CLASSIFY_SYSTEM + render_ticket({"id": r[0], "subject": r[1], "description": r[2]}) for r in rows]

    model = settings.classifier_model()
    tokens = count_openai_tokens(texts, model)
    est_out = 60 * len(texts)
    print(f"{len(texts)} tickets, ~{tokens} input tokens")
    print(f"classification ({model}): ${calculate_cost(model, tokens, est_out):.2f}")

    if texts:
        per_ticket = count_claude_tokens(texts[0])
        total = per_ticket * len(texts)
        print(f"summaries ({settings.summary_model()}): ${calculate_cost(settings.summary_model(), total, 200 * len(texts)):.2f}")


if __name__ == "__main__":
    main()
