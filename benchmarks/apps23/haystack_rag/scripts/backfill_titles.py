"""One-off: generate missing ``title`` meta for documents imported from the old wiki."""
from __future__ import annotations

import argparse
import logging

from haystack.document_stores.types import DuplicatePolicy

from ragsvc import registry
from ragsvc.stores import get_document_store, save_snapshot
from ragsvc.utils.retry import call_with_retry

logger = logging.getLogger("backfill_titles")


def make_title(client, text: str, model: str) -> str:
    res = call_with_retry(
        client.chat.complete,
        model=model,
        messages=[
            {"role": "system", "content": "Write a short title (max 8 words) for this help article. Output only the title."},
            {"role": "user", "content": text[:4000]},
        ],
        max_tokens=24,
    )
    return res.choices[0].message.content.strip().strip('"')


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", default="default")
    parser.add_argument("--model", default="mistral-small-latest")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()

    store = get_document_store(args.store)
    docs = [d for d in store.filter_documents() if not d.meta.get("title")]
    if args.limit:
        docs = docs[: args.limit]
    client = registry.get_client("mistral")
    for doc in docs:
        doc.meta["title"] = make_title(client, doc.content or "", args.model)
        logger.info("%s -> %s", doc.id[:8], doc.meta["title"])
    store.write_documents(docs, policy=DuplicatePolicy.OVERWRITE)
    save_snapshot(args.store)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
