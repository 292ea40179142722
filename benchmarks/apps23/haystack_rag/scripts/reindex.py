"""Re-embed an existing store with a different model without re-parsing the source files.

    python scripts/reindex.py --store default --provider cohere
"""
from __future__ import annotations

import argparse
import functools
import logging
import time

from haystack.document_stores.types import DuplicatePolicy

from ragsvc.clients import get_cohere_client, get_voyage_client
from ragsvc.stores import get_document_store, save_snapshot
from ragsvc.utils import batched
from ragsvc.utils.retry import call_with_retry

logger = logging.getLogger("reindex")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", default="default")
    parser.add_argument("--provider", choices=["cohere", "voyage"], default="cohere")
    parser.add_argument("--batch-size", type=int, default=96)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()

    store = get_document_store(args.store)
    docs = store.filter_documents()
    logger.info("re-embedding %d documents with %s", len(docs), args.provider)

    if args.provider == "cohere":
        embed_fn = functools.partial(
            get_cohere_client().embed,
            model="embed-english-v3.0",
            input_type="search_document",
            embedding_types=["float"],
        )
    else:
        voyage = get_voyage_client()

    started = time.time()
    done = 0
    for chunk in batched(docs, args.batch_size):
        texts = [d.content or "" for d in chunk]
        if args.dry_run:
            done += len(chunk)
            continue
        if args.provider == "cohere":
            vectors = embed_fn(texts=texts).embeddings.float_
        else:
            vectors = call_with_retry(voyage.embed, texts, model="voyage-3.5", input_type="document").embeddings
        for doc, vec in zip(chunk, vectors):
            doc.embedding = vec
        store.write_documents(chunk, policy=DuplicatePolicy.OVERWRITE)
        done += len(chunk)
        logger.info("%d/%d (%.1fs)", done, len(docs), time.time() - started)

    if not args.dry_run:
        logger.info("snapshot written to %s", save_snapshot(args.store))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    main()
