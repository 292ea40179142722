#!/usr/bin/env python
"""Compare Claude vs Fireworks classification on a labelled sample; prints an agreement table."""

from __future__ import annotations

import argparse
import asyncio
import csv
from pathlib import Path

from product_crawler.config import get_settings
from product_crawler.llm import get_fireworks_client, get_sync_anthropic_client
from product_crawler.llm.classifier import ProductClassifier, quick_classify
from product_crawler.llm.fireworks import FireworksClassifier
from product_crawler.llm.prompts import CLASSIFY_SYSTEM, normalise_category


def judge_disagreement(title: str, a: str, b: str) -> str:
    """Ask a bigger Claude model to break ties."""
    client = get_sync_anthropic_client()
    msg = client.messages.create(
        model="claude-sonnet-4-20250514",
        max_tokens=16,
        system=CLASSIFY_SYSTEM,
        messages=[{"role": "user", "content": f"Title: {title}\nCandidates: {a}, {b}\nCategory:"}],
    )
    return normalise_category(msg.content[0].text)


async def run(sample: list[dict]) -> None:
    settings = get_settings()
    claude = ProductClassifier()
    fw = FireworksClassifier(get_fireworks_client(), settings.fireworks_model)
    agree = 0
    for row in sample:
        a = await claude.classify(row["title"], [], row["description"])
        b = await fw.classify(row["title"], [], row["description"])
        if a == b:
            agree += 1
            continue
        tie = judge_disagreement(row["title"], a, b)
        _, reason = await claude.classify_with_reason(row["title"], row["description"])
        print(f"{row['title'][:50]:<50} gold={row['label']:<18} claude={a:<18} fw={b:<18} judge={tie} | {reason}")
    print(f"agreement: {agree}/{len(sample)}")
    if sample:
        print("smoke:", await quick_classify(sample[0]["title"], sample[0]["description"]))


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("sample_csv", type=Path)
    args = p.parse_args()
    with args.sample_csv.open() as fh:
        sample = list(csv.DictReader(fh))
    asyncio.run(run(sample))


if __name__ == "__main__":
    main()
