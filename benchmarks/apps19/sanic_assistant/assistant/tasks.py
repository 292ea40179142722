"""Background tasks (``app.add_task``) that run inside each server worker."""
from __future__ import annotations

import asyncio
import logging

from sanic import Sanic

from .models import Conversation
from .services.multi_model_service import TaskComplexity, multi_model_service
from .services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

FAQ_KEY = "faq:vectors"
DIGEST_INTERVAL = 60 * 60


async def warm_up(app: Sanic) -> None:
    """First Groq request after boot is slow (TLS + their edge); pay it now."""
    try:
        await app.ctx.groq.chat.completions.create(
            model=app.config.SETTINGS.groq_model,
            messages=[{"role": "user", "content": "ping"}],
            max_tokens=1,
        )
    except Exception:  # noqa: BLE001
        log.warning("groq warm-up failed", exc_info=True)


async def refresh_faq_embeddings(app: Sanic) -> None:
    faqs = await app.ctx.redis.lrange("faq:questions", 0, -1)
    if not faqs:
        return
    questions = [q.decode() for q in faqs]
    resp = await app.ctx.together.embeddings.create(model=app.config.SETTINGS.embedding_model, input=questions)
    pipe = app.ctx.redis.pipeline()
    pipe.delete(FAQ_KEY)
    for q, item in zip(questions, resp.data):
        pipe.hset(FAQ_KEY, q, ",".join(f"{x:.6f}" for x in item.embedding))
    await pipe.execute()
    log.info("refreshed %d faq vectors", len(questions))


async def hourly_digest(app: Sanic) -> None:
    while True:
        await asyncio.sleep(DIGEST_INTERVAL)
        try:
            recent = await Conversation.filter(closed=True, summary__not_isnull=True).order_by("-created_at").limit(50)
            if not recent:
                continue
            joined = "\n".join(f"- {c.summary}" for c in recent)
            digest = await multi_model_service.generate_response(
                prompt=f"Group these support summaries into themes with counts:\n{joined}",
                task_type="hourly_digest",
                complexity=TaskComplexity.STANDARD,
            )
            await app.ctx.redis.set("digest:latest", digest)
            await llm_tracker.flush()
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001
            log.exception("digest failed")


def register_tasks(app: Sanic) -> None:
    @app.after_server_start
    async def start_background(app: Sanic):
        app.add_task(warm_up(app), name="groq_warm_up")
        app.add_task(refresh_faq_embeddings, name="faq_embeddings")
        if app.config.SETTINGS.is_prod:
            app.add_task(hourly_digest(app), name="hourly_digest")

    @app.before_server_stop
    async def stop_background(app: Sanic):
        await app.cancel_task("hourly_digest", raise_exception=False)
