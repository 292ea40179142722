"""Generate synthetic eval questions from indexed documents with Cohere Command R+."""
from __future__ import annotations

import argparse
import json
import logging
import random
from pathlib import Path

import cohere

from ragsvc.stores import get_document_store

logger = logging.getLogger(__name__)

PROMPT = """Write {n} questions a customer might ask that are answered by the passage below.
Return a JSON list of objects with "question" and "answer" keys.

PASSAGE:
{passage}
"""


def synthesize(co: cohere.ClientV2, passage: str, n: int = 3, model: str = "command-r-plus-08-2024") -> list[dict]:
    resp = co.chat(
        model=model,
        messages=[{"role": "user", "content": PROMPT.format(n=n, passage=passage)}],
        response_format={"type": "json_object"},
        temperature=0.7,
    )
    text = resp.message.content[0].text
    try:
        items = json.loads(text)
    except json.JSONDecodeError:
        return []
    if isinstance(items, dict):
        items = items.get("questions", [])
    return [i for i in items if isinstance(i, dict) and i.get("question")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", default="default")
    parser.add_argument("--samples", type=int, default=50)
    parser.add_argument("--out", type=Path, default=Path("evaluation/data/synthetic.jsonl"))
    args = parser.parse_args()

    docs = get_document_store(args.store).filter_documents()
    random.seed(13)
    sample = random.sample(docs, min(args.samples, len(docs)))
    co = cohere.ClientV2()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w") as fh:
        for doc in sample:
            for item in synthesize(co, doc.content or ""):
                item["relevant_ids"] = [doc.id]
                fh.write(json.dumps(item) + "\n")
    logger.info("wrote %s", args.out)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
