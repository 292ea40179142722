#!/usr/bin/env python3
"""Rebuild the runbook index offline and write it into the errbot storage.

Usage: python scripts/reindex_runbooks.py --repo ./runbooks --out data/index.json
Runs nightly in CI so the bot doesn't spend its own budget at startup.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import cohere  # noqa: E402

from lib.retrieval import RunbookIndex  # noqa: E402
from lib.settings import MODELS  # noqa: E402

log = logging.getLogger("reindex")


def smoke_test(co: cohere.ClientV2, index: RunbookIndex) -> None:
    """Embed a canned query and check the top hit looks sane."""
    q = co.embed(
        texts=["how to restart the payments consumer"],
        model=MODELS.cohere_embed,
        input_type="search_query",
        embedding_types=["float"],
    )
    vec = q.embeddings.float_[0]
    if index.vectors is not None and len(vec) != index.vectors.shape[1]:
        raise SystemExit(f"dimension mismatch: {len(vec)} vs {index.vectors.shape[1]}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repo", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--skip-smoke", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    co = cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"])
    index = RunbookIndex(client=co)
    count = index.rebuild(args.repo)
    if not args.skip_smoke:
        smoke_test(co, index)
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(index.to_state(), fh)
    log.info("wrote %d passages to %s", count, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
