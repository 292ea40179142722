#!/usr/bin/env python
"""Build or update the vector index from the docs export and the KB dump.

    python -m scripts.ingest_docs --docs ./data/docs --kb ./data/kb.jsonl [--rebuild]
"""
from __future__ import annotations

import argparse
import functools
import logging
import sys
import time
from pathlib import Path

from llama_index.core import Settings

from app.bootstrap import configure
from app.clients import get_voyage_client
from app.config import get_config
from app.ingestion import pipeline
from app.services.cost import estimate_cost_usd
from app.services.index_store import get_index_store

logger = logging.getLogger("ingest")


def preflight(model: str) -> None:
    """Fail fast on a bad key before spending an hour parsing documents."""
    vo = get_voyage_client()
    probe = vo.embed(["preflight"], model=model, input_type="document")
    dim = len(probe.embeddings[0])
    logger.info("voyage ok: %s returns %d-dim vectors", model, dim)


def estimate(docs, model: str) -> None:
    vo = get_voyage_client()
    tokens = vo.count_tokens([d.text for d in docs], model=model)
    logger.info("~%d tokens to embed, est. $%.2f", tokens, estimate_cost_usd(model, tokens))


def embed_titles(docs, model: str) -> None:
    """Titles get their own vector for the title-boost retriever."""
    embed_docs = functools.partial(get_voyage_client().embed, model=model, input_type="document")
    titled = [d for d in docs if d.metadata.get("title")]
    for start in range(0, len(titled), 128):
        batch = titled[start : start + 128]
        result = embed_docs([d.metadata["title"] for d in batch])
        for doc, vec in zip(batch, result.embeddings):
            doc.metadata["title_vec_ref"] = f"{doc.doc_id}:title"
            doc.excluded_llm_metadata_keys.append("title_vec_ref")
            _TITLE_VECTORS[doc.doc_id] = vec


_TITLE_VECTORS: dict[str, list[float]] = {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=Path, default=None)
    parser.add_argument("--kb", type=Path, default=None)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--no-keywords", action="store_true")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    cfg = get_config()
    configure(cfg)

    if cfg.embed_provider == "voyage":
        preflight(cfg.voyage_embed_model)

    docs = list(pipeline.iter_all(args.docs or cfg.docs_dir, args.kb))
    if cfg.embed_provider == "voyage":
        estimate(docs, cfg.voyage_embed_model)
    if args.dry_run:
        return 0

    t0 = time.monotonic()
    nodes = pipeline.run(docs, with_keywords=not args.no_keywords)
    store = get_index_store()
    if args.rebuild or not store.exists():
        store.build(nodes)
    else:
        store.insert(nodes)
    if cfg.embed_provider == "voyage":
        embed_titles(docs, cfg.voyage_embed_model)
    logger.info("indexed %d nodes in %.1fs with %s", len(nodes), time.monotonic() - t0, Settings.embed_model.model_name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
