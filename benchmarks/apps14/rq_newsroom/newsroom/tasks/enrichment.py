"""Jobs on the ``enrichment`` queue: headlines, tags, teasers, fact-checks, embeddings."""
import asyncio
import functools
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed

from flask import current_app
from rq import get_current_job
from sqlalchemy import select

from newsroom.ai import clients
from newsroom.ai_utils import client as legacy_openai
from newsroom.extensions import db, queues
from newsroom.models import AiSuggestion, Article, FactCheckReport, Tag
from newsroom.services import summaries
from newsroom.services.factcheck import FactChecker
from newsroom.services.headlines import suggest_headlines
from newsroom.services.tagging import ArticleTagger
from newsroom.utils.text import chunk_by_tokens

log = logging.getLogger(__name__)


def _job_id():
    job = get_current_job()
    return job.id if job else None


def headline_job(article_id, provider=None, requested_by_id=None):
    suggestion = suggest_headlines(
        article_id, provider=provider, requested_by_id=requested_by_id, job_id=_job_id()
    )
    return suggestion.id


def refresh_article(article_id):
    article = db.session.get(Article, article_id)
    if article is None:
        log.warning("refresh_article: %s vanished", article_id)
        return
    features = current_app.config["AI_FEATURES"]
    if features.get("tagging"):
        section, tags = ArticleTagger().tag(article, apply=False)
        AiSuggestion.create(
            article_id=article.id,
            kind="tags",
            provider="together",
            payload={"section": section, "tags": [{"slug": t.slug, "label": t.label, "kind": t.kind} for t in tags]},
            job_id=_job_id(),
        )
    if features.get("summaries") and article.status != "draft":
        article.teaser = summaries.homepage_teaser(article)
        db.session.commit()


def run_factcheck(article_id, requested_by_id=None):
    article = db.session.get(Article, article_id)
    report = FactCheckReport.create(article_id=article_id, requested_by_id=requested_by_id)
    checker = FactChecker()
    try:
        results = asyncio.run(checker.run(article))
    except Exception:
        report.update(status="failed")
        raise
    counts = {}
    for r in results:
        verdict = r["verdict"].get("verdict", "unclear")
        counts[verdict] = counts.get(verdict, 0) + 1
    report.update(claims=results, verdict_counts=counts, status="done")
    checker.notify(article, results)
    return report.id


def seo_keywords_job(article_ids):
    """Backfill meta keywords for archive pages (SEO team request, NEWS-588)."""
    cfg = current_app.config
    ask = functools.partial(
        clients.groq_client().chat.completions.create,
        model=cfg["GROQ_MODEL"],
        temperature=0.2,
        max_tokens=120,
    )
    done = 0
    for article in db.session.scalars(select(Article).where(Article.id.in_(article_ids))):
        resp = ask(
            messages=[
                {"role": "system", "content": "Return 5-8 comma-separated SEO keywords. No other text."},
                {"role": "user", "content": f"{article.headline}\n\n{article.plain_text(limit=3000)}"},
            ]
        )
        keywords = [k.strip() for k in resp.choices[0].message.content.split(",") if k.strip()]
        article.extra = dict(article.extra or {}, seo_keywords=keywords[:8])
        done += 1
    db.session.commit()
    return done


def enqueue_embedding_backfill(batch_size=200, kind=None):
    stmt = select(Tag.id).where(Tag.embedding.is_(None)).order_by(Tag.id)
    if kind:
        stmt = stmt.where(Tag.kind == kind)
    ids = list(db.session.scalars(stmt))
    jobs = 0
    for start in range(0, len(ids), batch_size):
        queues.enqueue("enrichment", embed_tag_batch, ids[start : start + batch_size])
        jobs += 1
    return jobs


def embed_tag_batch(tag_ids, workers=4):
    tags = {t.id: t for t in db.session.scalars(select(Tag).where(Tag.id.in_(tag_ids)))}
    ordered = list(tags.values())
    model = current_app.config["OPENAI_EMBEDDING_MODEL"]

    groups, offset = [], 0
    for chunk in chunk_by_tokens([t.label for t in ordered], max_tokens=6000, model=model):
        groups.append(ordered[offset : offset + len(chunk)])
        offset += len(chunk)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {
            pool.submit(
                legacy_openai.embeddings.create,
                model=model,
                input=[t.label for t in group],
            ): group
            for group in groups
        }
        for future in as_completed(futures):
            group = futures[future]
            for tag, item in zip(group, future.result().data):
                tag.embedding = item.embedding
    db.session.commit()
    return len(ordered)
