"""Orchestration: fan out the per-asset jobs.

Only Modal plumbing lives here (`.map`, `.remote`, `.spawn`); no model calls.
"""
from __future__ import annotations

import logging

import modal

from common.storage import pending_assets
from jobs.chapters import chapters_job
from jobs.embeddings import Embedder
from jobs.headlines import headlines_job
from jobs.summarize import Summarizer
from jobs.tagging import tag_article, tag_articles_bulk
from jobs.thumbnails import ThumbnailGenerator
from jobs.transcribe import Transcriber
from modal_app import app

logger = logging.getLogger(__name__)


@app.function(timeout=60 * 60)
def process_video(asset_id: str, relative_path: str, desk: str = "news", tier: str = "standard") -> dict:
    transcript = Transcriber().transcribe.remote(asset_id, relative_path, tier=tier)
    summary_call = Summarizer().summarize.spawn(asset_id, kind="video", desk=desk)
    chapters_call = chapters_job.spawn(asset_id)
    summary = summary_call.get()
    chapters = chapters_call.get()
    return {"asset_id": asset_id, "duration": transcript["duration"], "summary": summary["summary"], "chapters": chapters}


@app.function(timeout=60 * 60)
def process_articles(articles: list[dict], with_thumbnails: bool = False) -> dict:
    tags = list(tag_article.map(articles, return_exceptions=True, wrap_returned_exceptions=False))
    failures = [t for t in tags if isinstance(t, Exception)]
    headlines = list(
        headlines_job.starmap([(a["id"], a["body"]) for a in articles], return_exceptions=True)
    )
    texts = [f"{a['title']}\n\n{a['body'][:6000]}" for a in articles]
    vectors = Embedder().embed.remote(texts)
    if with_thumbnails:
        gen = ThumbnailGenerator()
        for a in articles:
            gen.generate.spawn(a["id"], a["body"])
    logger.info("processed %d articles (%d tagging failures)", len(articles), len(failures))
    return {"tagged": len(tags) - len(failures), "headlines": len(headlines), "embedded": len(vectors)}


@app.function(schedule=modal.Cron("0 3 * * *"), timeout=60 * 60 * 2)
def nightly_backfill(limit: int = 2000) -> dict:
    """Re-summarise anything that got a transcript but no summary yesterday."""
    missing = pending_assets("summary", limit=limit)
    summarizer = Summarizer()
    done = 0
    for result in summarizer.summarize.map(missing, order_outputs=False, return_exceptions=True):
        if not isinstance(result, Exception):
            done += 1
    return {"missing": len(missing), "summarised": done}


def archive_retag(articles: list[dict], chunk: int = 200) -> int:
    chunks = [articles[i : i + chunk] for i in range(0, len(articles), chunk)]
    total = 0
    for out in tag_articles_bulk.map(chunks):
        total += len(out)
    return total
