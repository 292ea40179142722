"""Search index maintenance: chunk lessons and embed the chunks."""

from __future__ import annotations

import asyncio
import logging
from typing import Annotated

from taskiq import Context, TaskiqDepends

from workers.broker import broker
from workers.deps import OpenAIDep, StoreDep, VoyageDep
from workers.registry import embedder_for
from workers.text import batched, chunk_text

logger = logging.getLogger(__name__)

VOYAGE_BATCH = 128
OPENAI_BATCH = 256
# voyage-3 accepts 120k tokens per request
VOYAGE_MAX_BATCH_TOKENS = 100_000


async def _lesson_chunks(store, lesson_id: str, max_chars: int) -> tuple[list[str], list[str]]:
    lesson = await store.get_lesson(lesson_id)
    transcript = await store.latest(lesson_id, "transcript")
    body = lesson.body + ("\n\n" + transcript.payload["text"] if transcript else "")
    texts = chunk_text(body, max_chars=max_chars)
    ids = await store.replace_chunks(lesson_id, texts)
    return ids, texts


@broker.task(task_name="content.embeddings.index_lesson", retry_on_error=True)
async def index_lesson(
    lesson_id: str,
    context: Annotated[Context, TaskiqDepends()],
    store: StoreDep,
    provider: str = "voyage",
) -> int:
    settings = context.state.settings
    ids, texts = await _lesson_chunks(store, lesson_id, settings.max_chunk_tokens * 4)
    if not texts:
        return 0

    embedder = embedder_for(context.state, provider)
    vectors: list[list[float]] = []
    for batch in batched(texts, VOYAGE_BATCH):
        vectors.extend(await embedder.embed_documents(batch))
    await store.save_embeddings(ids, vectors, embedder.model)
    logger.info("indexed %s: %d chunks with %s/%s", lesson_id, len(ids), provider, embedder.model)
    return len(ids)


@broker.task(task_name="content.embeddings.index_glossary")
async def index_glossary(course_id: str, terms: list[str], voyage: VoyageDep, store: StoreDep) -> int:
    """Glossary terms are short; we pack them by token count rather than by item count."""
    batches: list[list[str]] = [[]]
    budget = 0
    for term in terms:
        n = voyage.count_tokens([term], model="voyage-3")
        if budget + n > VOYAGE_MAX_BATCH_TOKENS and batches[-1]:
            batches.append([])
            budget = 0
        batches[-1].append(term)
        budget += n

    vectors: list[list[float]] = []
    for batch in batches:
        result = await voyage.embed(batch, model="voyage-3", input_type="document", truncation=True)
        vectors.extend(result.embeddings)
    ids = [f"glossary:{course_id}:{i}" for i in range(len(terms))]
    await store.save_embeddings(ids, vectors, "voyage-3")
    return len(vectors)


@broker.task(task_name="content.embeddings.index_lesson_legacy")
async def index_lesson_legacy(lesson_id: str, openai: OpenAIDep, store: StoreDep) -> int:
    """Old pgvector index (text-embedding-3-small). Still read by the mobile app's offline
    search; remove once mobile 4.x is below 5% of sessions."""
    ids, texts = await _lesson_chunks(store, lesson_id, 2000)

    async def embed_batch(batch: list[str]) -> list[list[float]]:
        resp = await openai.embeddings.create(model="text-embedding-3-small", input=batch, dimensions=512)
        return [d.embedding for d in sorted(resp.data, key=lambda d: d.index)]

    results = await asyncio.gather(*(embed_batch(b) for b in batched(texts, OPENAI_BATCH)))
    vectors = [v for batch in results for v in batch]
    await store.save_embeddings(ids, vectors, "text-embedding-3-small")
    return len(vectors)


@broker.task(task_name="content.embeddings.reindex_course")
async def reindex_course(course_id: str, store: StoreDep, provider: str = "voyage") -> int:
    lessons = await store.lessons_for_course(course_id)
    for lesson in lessons:
        await index_lesson.kicker().with_labels(course_id=course_id).kiq(lesson.id, provider=provider)
    return len(lessons)
