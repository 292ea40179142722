#!/usr/bin/env python
"""One-off: re-embed an exported document dump with the Gemini embedding model.

Input is JSONL with {"id", "collection", "source", "text"} per line; output is JSONL with the
vector added, ready for `COPY passages_gemini FROM ...`.
"""
from __future__ import annotations

import argparse
import json
import logging
import time
from pathlib import Path
from typing import Any, Dict, Iterator, List

from google.genai import types

from agentd.config import configure_logging
from agentd.container import container

log = logging.getLogger("agentd.backfill")

BATCH_SIZE = 100


def batched(rows: Iterator[Dict[str, Any]], size: int) -> Iterator[List[Dict[str, Any]]]:
    batch: List[Dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def read_rows(path: Path) -> Iterator[Dict[str, Any]]:
    with path.open() as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("input", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--dimensions", type=int, default=768)
    parser.add_argument("--sleep", type=float, default=0.2, help="pause between batches (rate limit)")
    args = parser.parse_args()
    configure_logging()

    client = container.genai
    model = container.settings.gemini_embedding_model
    written = 0
    with args.output.open("w") as out:
        for batch in batched(read_rows(args.input), BATCH_SIZE):
            result = client.models.embed_content(
                model=model,
                contents=[row["text"] for row in batch],
                config=types.EmbedContentConfig(task_type="RETRIEVAL_DOCUMENT", output_dimensionality=args.dimensions),
            )
            for row, emb in zip(batch, result.embeddings or []):
                row["embedding"] = emb.values
                out.write(json.dumps(row) + "\n")
                written += 1
            log.info("embedded %d rows", written)
            time.sleep(args.sleep)
    log.info("done: %d rows -> %s", written, args.output)


if __name__ == "__main__":
    main()
