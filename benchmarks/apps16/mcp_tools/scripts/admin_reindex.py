#!/usr/bin/env python
"""Rebuild the runbook index and optionally submit the nightly batch jobs.

    python scripts/admin_reindex.py --runbooks docs/runbooks
    python scripts/admin_reindex.py --runbooks docs/runbooks --openai-batch --claude-tldr-batch

Batch jobs are picked up by the `collect-batches` cron on the ops box.
"""
import argparse
import json
import logging
import sys
import tempfile
from pathlib import Path
from typing import List

import anthropic
from openai import OpenAI

from helix_mcp.config import get_settings
from helix_mcp.logging_setup import configure_logging
from helix_mcp.search_index import Document, DocumentIndex

log = logging.getLogger("admin_reindex")

STATE_FILE = Path("var/pending_batches.json")


def load_documents(root: Path) -> List[Document]:
    docs = [Document.from_markdown(p) for p in sorted(root.rglob("*.md"))]
    log.info("loaded %d documents from %s", len(docs), root)
    return docs


def rebuild_index(docs: List[Document], index_path: Path) -> int:
    index = DocumentIndex.open(index_path)
    index.reset()
    return index.add_documents(docs)


def submit_openai_embedding_batch(client: OpenAI, docs: List[Document], model: str) -> str:
    """Full-document embeddings for the similarity dashboard (50% cheaper as a batch)."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for doc in docs:
            fh.write(
                json.dumps(
                    {
                        "custom_id": doc.doc_id,
                        "method": "POST",
                        "url": "/v1/embeddings",
                        "body": {"model": model, "input": doc.text[:30_000]},
                    }
                )
                + "\n"
            )
        jsonl_path = fh.name
    with open(jsonl_path, "rb") as f:
        upload = client.files.create(file=f, purpose="batch")
    batch = client.batches.create(
        input_file_id=upload.id,
        endpoint="/v1/embeddings",
        completion_window="24h",
        metadata={"job": "runbook-embeddings"},
    )
    log.info("submitted openai batch %s (%d requests)", batch.id, len(docs))
    return batch.id


def submit_claude_tldr_batch(client: anthropic.Anthropic, docs: List[Document], model: str) -> str:
    requests = [
        {
            "custom_id": doc.doc_id[:64],
            "params": {
                "model": model,
                "max_tokens": 400,
                "system": "Summarise this runbook for an on-call engineer in 5 numbered steps.",
                "messages": [{"role": "user", "content": doc.text[:100_000]}],
            },
        }
        for doc in docs
    ]
    batch = client.messages.batches.create(requests=requests)
    log.info("submitted claude batch %s (%d requests)", batch.id, len(requests))
    return batch.id


def _remember(kind: str, batch_id: str) -> None:
    state = json.loads(STATE_FILE.read_text()) if STATE_FILE.exists() else []
    state.append({"kind": kind, "id": batch_id})
    STATE_FILE.parent.mkdir(parents=True, exist_ok=True)
    STATE_FILE.write_text(json.dumps(state, indent=2))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runbooks", type=Path, required=True)
    parser.add_argument("--skip-index", action="store_true")
    parser.add_argument("--openai-batch", action="store_true")
    parser.add_argument("--claude-tldr-batch", action="store_true")
    args = parser.parse_args(argv)

    configure_logging()
    settings = get_settings()
    docs = load_documents(args.runbooks)
    if not docs:
        log.error("no documents found under %s", args.runbooks)
        return 1

    if not args.skip_index:
        n = rebuild_index(docs, settings.index_path)
        log.info("indexed %d chunks", n)

    if args.openai_batch:
        _remember("openai", submit_openai_embedding_batch(OpenAI(), docs, settings.embedding_model))
    if args.claude_tldr_batch:
        _remember("anthropic", submit_claude_tldr_batch(anthropic.Anthropic(), docs, settings.claude_fast_model))
    return 0


if __name__ == "__main__":
    sys.exit(main())
