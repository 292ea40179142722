"""Generate ``summary`` metadata for articles that do not define one.

Hooks ``article_generator_finalized`` so we see every article once, after
Pelican has parsed them but before the writer renders templates.
"""
from __future__ import annotations

import asyncio
import logging

from pelican import signals

from llm_common import cache_for, get_anthropic, get_hf, get_openai, llm_settings
from llm_common.tracking import feature, llm_tracker, multi_model_service, TaskComplexity

from .text import article_plaintext, trim_words
from .summarizer import ArticleSummarizer, ClaudeSummarizer, HFSummarizer

log = logging.getLogger(__name__)


def _build_summarizer(settings):
    cfg = llm_settings(settings)
    backend = settings.get("AI_SUMMARY_BACKEND", "openai")
    max_words = settings.get("AI_SUMMARY_MAX_WORDS", 60)
    if backend == "anthropic":
        return ClaudeSummarizer(get_anthropic(cfg), cfg.anthropic_model, max_words)
    if backend == "hf":
        return HFSummarizer(get_hf(cfg), max_words=max_words)
    return ArticleSummarizer(get_openai(cfg), cfg.openai_model, max_words)


async def _tracked_summary(text: str, max_words: int) -> str:
    response = await multi_model_service.generate_response(
        prompt=f"Summarise in at most {max_words} words:\n\n{text}",
        task_type="summarization",
        complexity=TaskComplexity.SIMPLE,
    )
    return response.content


def generate_summaries(generator):
    settings = generator.settings
    cfg = llm_settings(settings)
    if not cfg.enabled:
        return
    cache = cache_for(settings, "summaries")
    backend = settings.get("AI_SUMMARY_BACKEND", "openai")
    summarizer = None if backend == "tracked" else _build_summarizer(settings)
    max_words = settings.get("AI_SUMMARY_MAX_WORDS", 60)

    for article in generator.articles:
        if "summary" in article.metadata and not article.metadata.get("ai_summary"):
            continue
        text = trim_words(article_plaintext(article._content), 3000)
        key = cache.key(backend, text, max_words)
        summary = cache.get(key)
        if summary is None:
            if cfg.dry_run:
                log.info("[dry-run] would summarise %s", article.source_path)
                continue
            if summarizer is None:
                summary = asyncio.run(_tracked_summary(text, max_words))
            else:
                summary = summarizer.summarize(article.title, text)
            cache.set(key, summary)
        article.metadata["summary"] = summary
        article._summary = summary
        article.ai_summary = True
    log.info("ai_summary: %s", cache.stats())


def register():
    signals.article_generator_finalized.connect(generate_summaries)
