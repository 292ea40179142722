#!/usr/bin/env python
"""Rebuild data/runbook_index.jsonl from a checkout of the runbooks repo.

    python scripts/backfill_embeddings.py ~/src/runbooks
    python scripts/backfill_embeddings.py ~/src/runbooks --local   # nomic-embed-text via ollama

The slack bot's /runbook command queries this index with mistral-embed, so only use
--local for experiments.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

import ollama

from botkit.llm import models
from botkit.llm.clients import get_mistral_client
from botkit.logging_setup import setup_logging
from botkit.utils.text import chunk

log = logging.getLogger("backfill")

BATCH = 64


def iter_chunks(root: Path):
    for path in sorted(root.rglob("*.md")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for i, piece in enumerate(chunk(text, size=1800, overlap=200)):
            yield {"source": f"{path.relative_to(root)}#{i}", "text": piece}


def embed_remote(texts: list[str]) -> list[list[float]]:
    client = get_mistral_client()
    for attempt in range(5):
        try:
            resp = client.embeddings.create(model=models.MISTRAL_EMBED, inputs=texts)
            return [d.embedding for d in resp.data]
        except Exception as exc:  # the SDK raises SDKError for 429s
            wait = 2 ** attempt
            log.warning("embed failed (%s), sleeping %ss", exc, wait)
            time.sleep(wait)
    raise RuntimeError("mistral embeddings kept failing")


def embed_local(texts: list[str]) -> list[list[float]]:
    return ollama.embed(model=models.LOCAL_EMBED, input=texts).embeddings


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("runbooks", type=Path)
    ap.add_argument("--out", type=Path, default=Path("data/runbook_index.jsonl"))
    ap.add_argument("--local", action="store_true")
    args = ap.parse_args(argv)
    setup_logging()

    rows = list(iter_chunks(args.runbooks))
    log.info("%d chunks from %s", len(rows), args.runbooks)
    embed = embed_local if args.local else embed_remote

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w") as f:
        for start in range(0, len(rows), BATCH):
            batch = rows[start : start + BATCH]
            vectors = embed([r["text"] for r in batch])
            for row, vec in zip(batch, vectors):
                f.write(json.dumps({**row, "vector": vec}) + "\n")
            log.info("%d/%d", min(start + BATCH, len(rows)), len(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
