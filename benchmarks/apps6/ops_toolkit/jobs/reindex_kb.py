"""Re-embed the knowledge base (runbooks + postmortems).

cron: 30 2 * * *  python jobs/reindex_kb.py
      python jobs/reindex_kb.py --backend=dashscope   (for the zh corpus)
"""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterator, List

import litellm

from common.db import JobRunRepo, replace_chunks
from common.qwen import TextEmbedding, check
from common.runtime import job_main, report_progress
from opskit.config import get_settings

log = logging.getLogger("jobs.reindex_kb")

KB_ROOTS = [Path("runbooks"), Path("postmortems")]
CHUNK_CHARS = 1800
BATCH = 64


def _chunk(text: str) -> List[str]:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    chunks, current = [], ""
    for para in paragraphs:
        if len(current) + len(para) > CHUNK_CHARS and current:
            chunks.append(current)
            current = ""
        current = f"{current}\n\n{para}" if current else para
    if current:
        chunks.append(current)
    return chunks


def _documents() -> Iterator[Path]:
    for root in KB_ROOTS:
        if root.exists():
            yield from sorted(root.rglob("*.md"))


def _batches(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def embed_openai(chunks: List[str], pool: ThreadPoolExecutor) -> List[list]:
    model = get_settings().embed_model
    futures = [pool.submit(litellm.embedding, model=model, input=batch) for batch in _batches(chunks, BATCH)]
    vectors: List[list] = []
    for fut in futures:
        vectors.extend(item["embedding"] for item in fut.result().data)
    return vectors


def embed_dashscope(chunks: List[str]) -> List[list]:
    vectors: List[list] = []
    for batch in _batches(chunks, 10):  # DashScope caps a request at 10 inputs
        resp = check(TextEmbedding.call(model=TextEmbedding.Models.text_embedding_v3, input=batch, dimension=1024))
        vectors.extend(e["embedding"] for e in resp.output["embeddings"])
    return vectors


@job_main("reindex_kb")
def main(args) -> int:
    backend = "dashscope" if "--backend=dashscope" in args.extra else "openai"
    runs = JobRunRepo()
    run_id = runs.create(job="reindex_kb", backend=backend)
    docs = list(_documents())
    with ThreadPoolExecutor(max_workers=get_settings().max_workers) as pool:
        for done, path in enumerate(docs, 1):
            chunks = _chunk(path.read_text(encoding="utf-8"))
            if not chunks:
                continue
            vectors = embed_dashscope(chunks) if backend == "dashscope" else embed_openai(chunks, pool)
            if not args.dry_run:
                replace_chunks(str(path), chunks, vectors)
            report_progress(done, len(docs))
    runs.finish(run_id, documents=len(docs))
    return 0


if __name__ == "__main__":
    main()
