"""Ingestion: chunk, embed and index a freshly uploaded document."""
from __future__ import annotations

import base64

import structlog
from arq import Retry

from docintel.services.chunking import chunk_pages, count_tokens
from docintel.services.llm_usage_tracker import current_tenant
from docintel.worker.context import providers_of, repo_of, settings_of

log = structlog.get_logger(__name__)

OCR_PROMPT = (
    "Transcribe this scanned page verbatim. Keep tables as Markdown tables. "
    "Do not summarize and do not add commentary."
)


async def ingest_document(ctx: dict, doc_id: str) -> dict:
    repo = repo_of(ctx)
    doc = await repo.get(doc_id)
    current_tenant.set(doc.tenant_id)
    await repo.set_status(doc_id, "ingesting")

    if not doc.pages:
        log.warning("ingest_empty_document", doc_id=doc_id)
        await repo.set_status(doc_id, "empty")
        return {"chunks": 0}

    chunks = chunk_pages(doc.pages, max_tokens=512)
    try:
        batch = await ctx["embedder"].embed_documents([c.text for c in chunks])
    except Exception as exc:
        if ctx["job_try"] < 4:
            raise Retry(defer=ctx["job_try"] * 20) from exc
        await repo.set_status(doc_id, "failed", error=str(exc))
        raise

    await repo.save_chunks(doc_id, chunks, batch.vectors, batch.model)
    await repo.set_status(doc_id, "indexed")

    redis = ctx["redis"]
    await redis.enqueue_job("classify_document", doc_id, _job_id=f"classify:{doc_id}")
    await redis.enqueue_job("extract_fields", doc_id, _job_id=f"extract:{doc_id}", _defer_by=2)
    return {"chunks": len(chunks), "model": batch.model, "tokens": batch.total_tokens}


async def ocr_scanned_pages(ctx: dict, doc_id: str, page_images: list[bytes]) -> int:
    """GPT-4.1 vision transcription for scans without a text layer."""
    settings = settings_of(ctx)
    client = ctx["openai"]
    pages: list[str] = []
    for number, image in enumerate(page_images, start=1):
        data_url = "data:image/png;base64," + base64.b64encode(image).decode()
        response = await client.responses.create(
            model=settings.openai_chat_model,
            input=[
                {
                    "role": "user",
                    "content": [
                        {"type": "input_text", "text": OCR_PROMPT},
                        {"type": "input_image", "image_url": data_url},
                    ],
                }
            ],
            max_output_tokens=4096,
        )
        pages.append(response.output_text)
        log.info("ocr_page_done", doc_id=doc_id, page=number, tokens=count_tokens(response.output_text))

    repo = repo_of(ctx)
    await repo.pool.execute("UPDATE documents SET pages = $2 WHERE id = $1", doc_id, pages)
    await ctx["redis"].enqueue_job("ingest_document", doc_id)
    return len(pages)


async def embed_with_context(ctx: dict, doc_id: str) -> int:
    """Contextualized chunk embeddings (voyage-context-3) for long contracts."""
    repo = repo_of(ctx)
    doc = await repo.get(doc_id)
    chunks = chunk_pages(doc.pages, max_tokens=384)
    voyage = providers_of(ctx).voyage
    result = await voyage.contextualized_embed(
        inputs=[[c.text for c in chunks]],
        model="voyage-context-3",
        input_type="document",
    )
    vectors = result.results[0].embeddings
    await repo.save_chunks(doc_id, chunks, vectors, "voyage-context-3")
    return len(vectors)


async def index_for_legacy_search(ctx: dict, doc_id: str) -> int:
    """Writes OpenAI embeddings into the old `chunks_v1` table still read by the v1 search API.

    TODO(marta): delete once the last tenant is off /v1/search (LLM-377).
    """
    settings = settings_of(ctx)
    openai = providers_of(ctx).openai
    repo = repo_of(ctx)
    doc = await repo.get(doc_id)
    chunks = chunk_pages(doc.pages, max_tokens=800)
    rows = []
    for start in range(0, len(chunks), 64):
        window = chunks[start : start + 64]
        emb = await openai.embeddings.create(
            model=settings.openai_embedding_model,
            input=[c.text for c in window],
        )
        rows.extend((doc_id, c.index, c.text, d.embedding) for c, d in zip(window, emb.data))
    await repo.pool.executemany(
        "INSERT INTO chunks_v1 (document_id, idx, text, embedding) VALUES ($1, $2, $3, $4)", rows
    )
    return len(rows)


async def embed_query_voyage(ctx: dict, tenant_id: str, query: str, k: int = 40) -> list[dict]:
    providers = providers_of(ctx)
    settings = settings_of(ctx)
    result = await providers.voyage.embed(
        [query], model=settings.voyage_embed_model, input_type="query"
    )
    return await repo_of(ctx).nearest_chunks(tenant_id, result.embeddings[0], k=k)
