#!/usr/bin/env python
"""Compare classifier backends on a labelled sample.

    python scripts/eval_classifier.py data/labelled_sample.jsonl --backends openai,azure,claude,tracked
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections import Counter
from pathlib import Path

from anthropic import Anthropic

from app.config import get_settings
from app.enrich.classify import Classification, ReviewClassifier, classify_review_tracked
from app.enrich.clients import get_azure_openai, get_openai
from app.enrich.prompts import CLASSIFY_SYSTEM


def load(path: Path) -> list[dict]:
    return [json.loads(l) for l in path.read_text().splitlines() if l.strip()]


def claude_classify(client: Anthropic, model: str, review: dict) -> Classification:
    msg = client.messages.create(
        model=model,
        max_tokens=200,
        system=CLASSIFY_SYSTEM,
        messages=[
            {"role": "user", "content": review["text"]},
            {"role": "assistant", "content": "{"},
        ],
    )
    return Classification.model_validate_json("{" + msg.content[0].text)


def accuracy(pairs: list[tuple[str, str]]) -> float:
    return sum(1 for a, b in pairs if a == b) / max(len(pairs), 1)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", type=Path)
    parser.add_argument("--backends", default="openai,claude")
    args = parser.parse_args()

    settings = get_settings()
    rows = load(args.path)
    backends = args.backends.split(",")
    results: dict[str, list[tuple[str, str]]] = {b: [] for b in backends}

    openai_clf = ReviewClassifier(get_openai(), settings.models.classifier)
    azure_clf = ReviewClassifier(get_azure_openai(), "gpt-4o-mini-eu")
    claude = Anthropic()

    for row in rows:
        gold = row["label"]
        if "openai" in backends:
            results["openai"].append((gold, openai_clf.classify(row).sentiment))
        if "azure" in backends:
            results["azure"].append((gold, azure_clf.classify(row).sentiment))
        if "claude" in backends:
            pred = claude_classify(claude, settings.models.classifier_fallback, row)
            results["claude"].append((gold, pred.sentiment))
        if "tracked" in backends:
            pred = asyncio.run(classify_review_tracked(row))
            results["tracked"].append((gold, pred.sentiment))

    for name, pairs in results.items():
        dist = Counter(p for _, p in pairs)
        print(f"{name:8s} acc={accuracy(pairs):.3f} n={len(pairs)} dist={dict(dist)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
