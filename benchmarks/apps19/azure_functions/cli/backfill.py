"""Backfill embeddings / categories for documents ingested before a feature existed.

Runs on an operator's machine (or an ACI job) with credentials from the shell,
NOT inside the Function App.  It deliberately builds its own clients with
higher timeouts and no managed identity.

Examples::

    python -m cli.backfill embeddings --tenant contoso --provider aoai --dry-run
    python -m cli.backfill embeddings --tenant fabrikam --provider cohere --workers 4
    python -m cli.backfill categories --status enriched --limit 200
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Iterable, List

import cohere
from openai import AzureOpenAI

from shared_code.clients import deepseek
from shared_code.repository import DocumentRecord, DocumentRepository
from shared_code.services import prompts
from shared_code.utils.tokens import chunk_text

logger = logging.getLogger("cli.backfill")

CHECKPOINT_DIR = Path(os.environ.get("BACKFILL_CHECKPOINT_DIR", ".backfill"))


def _batched(items: List[str], size: int) -> Iterable[List[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _checkpoint_path(name: str) -> Path:
    CHECKPOINT_DIR.mkdir(parents=True, exist_ok=True)
    return CHECKPOINT_DIR / f"{name}.jsonl"


def _already_done(name: str) -> set:
    path = _checkpoint_path(name)
    if not path.exists():
        return set()
    return {json.loads(line)["document_id"] for line in path.read_text().splitlines() if line.strip()}


def _mark_done(name: str, document_id: str, **extra) -> None:
    with _checkpoint_path(name).open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"document_id": document_id, **extra}) + "\n")


def backfill_embeddings_aoai(records: List[DocumentRecord], dry_run: bool) -> int:
    client = AzureOpenAI(
        azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
        api_key=os.environ["AZURE_OPENAI_API_KEY"],
        api_version=os.environ.get("AZURE_OPENAI_API_VERSION", "2024-06-01"),
        timeout=180,
    )
    deployment = os.environ.get("AZURE_OPENAI_EMBEDDING_DEPLOYMENT", "text-embedding-3-large")
    done = _already_done("embeddings-aoai")
    count = 0
    for record in records:
        if record.document_id in done:
            continue
        chunks = chunk_text(record.body, 6000)
        if dry_run:
            logger.info("[dry-run] would embed %s (%d chunks)", record.document_id, len(chunks))
            continue
        for batch in _batched(chunks, 32):
            response = client.embeddings.create(model=deployment, input=batch, dimensions=1536)
            logger.debug("embedded %d chunks, %d tokens", len(batch), response.usage.total_tokens)
        _mark_done("embeddings-aoai", record.document_id, chunks=len(chunks))
        count += 1
    return count


def backfill_embeddings_cohere(records: List[DocumentRecord], dry_run: bool, workers: int) -> int:
    co = cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"], timeout=120)
    model = os.environ.get("COHERE_EMBED_MODEL", "embed-multilingual-v3.0")
    done = _already_done("embeddings-cohere")
    todo = [r for r in records if r.document_id not in done]
    if dry_run:
        logger.info("[dry-run] would embed %d documents with %s", len(todo), model)
        return 0
    count = 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {
            pool.submit(
                co.embed,
                model=model,
                input_type="search_document",
                texts=chunk_text(r.body, 2000)[:96],
                embedding_types=["float"],
            ): r
            for r in todo
        }
        for future in as_completed(futures):
            record = futures[future]
            try:
                future.result()
            except Exception:  # noqa: BLE001
                logger.exception("cohere embed failed for %s", record.document_id)
                continue
            _mark_done("embeddings-cohere", record.document_id)
            count += 1
    return count


def backfill_categories(repo: DocumentRepository, records: List[DocumentRecord], dry_run: bool) -> int:
    categories = "\n".join(f"- {c}" for c in prompts.DEFAULT_CATEGORIES)
    count = 0
    for record in records:
        if record.category:
            continue
        if dry_run:
            logger.info("[dry-run] would classify %s", record.document_id)
            continue
        response = deepseek.chat.completions.create(
            model=os.environ.get("DEEPSEEK_MODEL", "deepseek-chat"),
            messages=[
                {"role": "system", "content": prompts.CLASSIFY_SYSTEM.format(categories=categories)},
                {"role": "user", "content": record.body[:8000]},
            ],
            response_format={"type": "json_object"},
            temperature=0,
        )
        try:
            record.category = json.loads(response.choices[0].message.content or "{}").get("category")
        except json.JSONDecodeError:
            record.category = None
        if record.category:
            repo.upsert(record)
            count += 1
        time.sleep(0.2)  # DeepSeek rate limit on our tier
    return count


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="backfill", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    p_emb = sub.add_parser("embeddings", help="backfill chunk embeddings")
    p_emb.add_argument("--tenant", required=True)
    p_emb.add_argument("--provider", choices=["aoai", "cohere"], default="aoai")
    p_emb.add_argument("--workers", type=int, default=2)
    p_emb.add_argument("--dry-run", action="store_true")

    p_cat = sub.add_parser("categories", help="classify documents without a category")
    p_cat.add_argument("--status", default="enriched")
    p_cat.add_argument("--limit", type=int, default=500)
    p_cat.add_argument("--dry-run", action="store_true")

    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    repo = DocumentRepository.from_settings()
    if args.command == "embeddings":
        records = repo.list_for_tenant(args.tenant)
        logger.info("Loaded %d documents for tenant %s", len(records), args.tenant)
        if args.provider == "aoai":
            n = backfill_embeddings_aoai(records, args.dry_run)
        else:
            n = backfill_embeddings_cohere(records, args.dry_run, args.workers)
    else:
        records = list(repo.list_by_status(args.status, limit=args.limit))
        n = backfill_categories(repo, records, args.dry_run)
    logger.info("Done: %d documents processed", n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
