"""(Re)embed catalog documents and push vectors to S3 for the search index loader."""
from __future__ import annotations

from datetime import date
from typing import Dict, List

from prefect import flow, get_run_logger, task

from enrich.models import Document
from enrich.registry import DIMENSIONS, embed_with
from enrich.storage import ResultStore, SnowflakeWriter
from enrich.text import batched, chunk_document, clean
from flows.tasks.llm_tasks import embed_chunks_parallel


@task(retries=2)
def load_documents(source: str, limit: int) -> List[Document]:
    with SnowflakeWriter() as sf:
        rows = sf._connector.fetch_all(
            "select DOC_ID, TITLE, BODY from CATALOG.DOCUMENTS where SOURCE = %(src)s "
            "and (EMBEDDED_AT is null or UPDATED_AT > EMBEDDED_AT) limit %(limit)s",
            parameters={"src": source, "limit": limit},
        )
    return [Document(str(r[0]), r[1] or "", r[2] or "", source) for r in rows]


def _chunks(docs: List[Document]) -> List[Dict[str, str]]:
    out = []
    for doc in docs:
        for i, piece in enumerate(chunk_document(clean(f"{doc.title}\n\n{doc.text}"))):
            out.append({"doc_id": doc.doc_id, "chunk_id": f"{doc.doc_id}:{i}", "text": piece})
    return out


@task
def shadow_embed(backend: str, texts: List[str]) -> int:
    """Embed a sample with a second backend so the search team can compare recall."""
    vectors = embed_with(backend, texts)
    assert all(len(v) == DIMENSIONS[backend] for v in vectors), "dimension mismatch"
    return len(vectors)


@flow(name="embed-documents")
def embed_documents(source: str = "catalog", limit: int = 20_000, shadow_backend: str = "") -> int:
    logger = get_run_logger()
    docs = load_documents(source, limit)
    chunks = _chunks(docs)
    logger.info("%d documents -> %d chunks", len(docs), len(chunks))

    groups = list(batched([c["text"] for c in chunks], 96))
    futures = [embed_chunks_parallel.submit(groups[i : i + 8]) for i in range(0, len(groups), 8)]
    vectors: List[List[float]] = []
    for fut in futures:
        for batch in fut.result():
            vectors.extend(batch)

    store = ResultStore()
    rows = [dict(c, vector=v, model="cohere") for c, v in zip(chunks, vectors)]
    uri = store.put_jsonl_gz(store.key("embed-documents", date.today(), f"{source}.jsonl.gz"), rows)
    logger.info("wrote %d vectors to %s", len(rows), uri)

    if shadow_backend:
        shadow_embed(shadow_backend, [c["text"] for c in chunks[:500]])
    return len(rows)
