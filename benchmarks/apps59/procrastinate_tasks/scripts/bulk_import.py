#!/usr/bin/env python
"""Bulk-import a directory of .txt files synchronously (no worker needed)."""
from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path

from docproc.pipeline import DocumentPipeline
from tasks.classify import DEFAULT_LABELS
from tasks.extract import extract_fields_sync


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("directory", type=Path)
    ap.add_argument("--out", type=Path, default=Path("import_results.jsonl"))
    ap.add_argument("--defer-extraction", action="store_true")
    args = ap.parse_args()

    pipeline = DocumentPipeline.from_defaults()
    with args.out.open("w") as out:
        for path in sorted(args.directory.glob("*.txt")):
            body = path.read_text(errors="replace")
            result = pipeline.run(body, DEFAULT_LABELS)
            out.write(json.dumps({"file": path.name, "summary": result.summary, "label": result.label,
                                  "n_chunks": len(result.embeddings), **result.meta}) + "\n")
            if args.defer_extraction and result.label in ("invoice", "contract"):
                # procrastinate sync defer; the worker picks it up later
                extract_fields_sync.defer(document_id=path.stem, body=body, kind=result.label)
            print(path.name, result.label)


if __name__ == "__main__":
    asyncio.run(asyncio.to_thread(main))
