#!/usr/bin/env python
"""Backfill chunk embeddings.

    python -m scripts.backfill_embeddings --course c_123            # kick worker tasks
    python -m scripts.backfill_embeddings --course c_123 --inline   # embed here (small courses)
"""

from __future__ import annotations

import argparse
import asyncio
import logging

from app.config import get_settings
from app.services.content_store import ContentStore
from workers.broker import broker
from workers.clients import get_voyage_client
from workers.tasks.embeddings import index_lesson
from workers.text import batched, chunk_text

log = logging.getLogger("backfill")


async def kick(course_id: str, provider: str) -> None:
    store = ContentStore.from_url(get_settings().database_url)
    await broker.startup()
    try:
        for lesson in await store.lessons_for_course(course_id):
            task = await index_lesson.kicker().with_labels(course_id=course_id, priority="low").kiq(
                lesson.id, provider=provider
            )
            log.info("kicked %s -> %s", lesson.id, task.task_id)
    finally:
        await broker.shutdown()
        await store.close()


async def inline(course_id: str) -> None:
    settings = get_settings()
    store = ContentStore.from_url(settings.database_url)
    vo = get_voyage_client()
    try:
        for lesson in await store.lessons_for_course(course_id):
            texts = chunk_text(lesson.body, max_chars=settings.max_chunk_tokens * 4)
            ids = await store.replace_chunks(lesson.id, texts)
            vectors: list[list[float]] = []
            for batch in batched(texts, 64):
                res = vo.embed(batch, model=settings.embed_model, input_type="document")
                vectors.extend(res.embeddings)
                log.debug("embedded %d texts (%d tokens)", len(batch), res.total_tokens)
            await store.save_embeddings(ids, vectors, settings.embed_model)
            log.info("%s: %d chunks", lesson.id, len(ids))
    finally:
        await store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--course", required=True)
    parser.add_argument("--provider", default="voyage", choices=["voyage", "cohere"])
    parser.add_argument("--inline", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    asyncio.run(inline(args.course) if args.inline else kick(args.course, args.provider))


if __name__ == "__main__":
    main()
