from __future__ import annotations

import logging

from arq import cron
from arq.connections import RedisSettings
from kb_api.db import Database
from kb_api.jobs.digest import weekly_digest
from kb_api.jobs.reindex import reindex_space, refresh_stale_summaries
from kb_api.llm_clients import get_openai_client
from kb_api.settings import get_settings

log = logging.getLogger(__name__)
settings = get_settings()


async def startup(ctx: dict) -> None:
    ctx["db"] = await Database.connect(settings.database_url)
    # same cached client as the web process uses (Azure-aware)
    ctx["openai"] = get_openai_client()


async def shutdown(ctx: dict) -> None:
    await ctx["db"].close()
    await ctx["openai"].close()


async def detect_duplicates(ctx: dict, article_id: int) -> list[int]:
    db: Database = ctx["db"]
    article = await db.articles.get(article_id)
    if article is None:
        return []
    emb = await ctx["openai"].embeddings.create(
        model=settings.openai_embedding_model, input=f"{article.title}\n{article.body[:4000]}"
    )
    near = await db.articles.nearest(emb.data[0].embedding, settings.openai_embedding_model, limit=5)
    return [a.id for a, score in near if a.id != article_id and score > 0.93]


async def generate_faq(ctx: dict, space_id: int) -> str:
    db: Database = ctx["db"]
    articles = await db.articles.list_for_space(space_id, limit=30)
    titles = "\n".join(f"- {a.title}" for a in articles)
    resp = await ctx["openai"].chat.completions.create(
        model=settings.openai_chat_model,
        messages=[
            {"role": "system", "content": "Write 8 FAQ questions a newcomer would ask, given these article titles."},
            {"role": "user", "content": titles},
        ],
    )
    return resp.choices[0].message.content or ""


async def moderate_backlog(ctx: dict, limit: int = 200) -> int:
    """Re-run moderation over drafts imported before moderation existed."""
    db: Database = ctx["db"]
    rows = await db.pool.fetch(
        "SELECT id, title, body FROM articles WHERE status = 'draft' AND moderated_at IS NULL LIMIT $1", limit
    )
    flagged = 0
    for row in rows:
        result = await ctx["openai"].moderations.create(
            model="omni-moderation-latest", input=f"{row['title']}\n\n{row['body'][:8000]}"
        )
        if result.results[0].flagged:
            flagged += 1
            await db.articles.update(row["id"], status="archived")
        await db.pool.execute("UPDATE articles SET moderated_at = now() WHERE id = $1", row["id"])
    return flagged


class WorkerSettings:
    functions = [reindex_space, refresh_stale_summaries, detect_duplicates, generate_faq, moderate_backlog]
    cron_jobs = [cron(weekly_digest, weekday="mon", hour=7, minute=0)]
    on_startup = startup
    on_shutdown = shutdown
    redis_settings = RedisSettings.from_dsn(settings.redis_url)
    max_jobs = 4
    job_timeout = 900
