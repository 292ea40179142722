"""Suggest tags for untagged articles with Claude tool use.

Articles are processed concurrently with the async client; a full rebuild of
the archive (~900 posts) otherwise takes 20 minutes.
"""
from __future__ import annotations

import asyncio
import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from pelican.urlwrappers import Tag

from llm_common import cache_for, get_anthropic, get_async_anthropic, llm_settings
from llm_common.costs import count_anthropic_tokens
from llm_common.prompts import TAGS_SYSTEM, render

from ..ai_summary.text import article_plaintext, trim_words

log = logging.getLogger(__name__)

TAG_TOOL = {
    "name": "set_tags",
    "description": "Attach tags to the blog post.",
    "input_schema": {
        "type": "object",
        "properties": {"tags": {"type": "array", "items": {"type": "string"}}},
        "required": ["tags"],
    },
}

MAX_CONCURRENCY = 6


@dataclass
class TagIndex:
    counts: Counter = field(default_factory=Counter)
    aliases: dict = field(default_factory=dict)

    @classmethod
    def create(cls, articles: Iterable, aliases: dict | None = None) -> "TagIndex":
        idx = cls(aliases=dict(aliases or {}))
        for article in articles:
            for tag in getattr(article, "tags", []) or []:
                idx.counts[idx.normalize(str(tag))] += 1
        return idx

    def normalize(self, tag: str) -> str:
        t = tag.strip().lower().replace("_", "-").replace(" ", "-")
        return self.aliases.get(t, t)

    def top(self, n: int = 200) -> list[str]:
        return [t for t, _ in self.counts.most_common(n)]

    def __contains__(self, tag: str) -> bool:
        return self.normalize(tag) in self.counts


async def _suggest(client, sem, model, system, title, text):
    async with sem:
        msg = await client.messages.create(
            model=model,
            max_tokens=256,
            system=system,
            tools=[TAG_TOOL],
            tool_choice={"type": "tool", "name": "set_tags"},
            messages=[{"role": "user", "content": f"Title: {title}\n\n{text}"}],
        )
    for block in msg.content:
        if block.type == "tool_use" and block.name == "set_tags":
            return list(block.input.get("tags", []))
    return []


async def _suggest_all(jobs, cfg, system):
    client = get_async_anthropic(cfg)
    sem = asyncio.Semaphore(MAX_CONCURRENCY)
    tasks = [
        _suggest(client, sem, cfg.anthropic_model, system, title, text)
        for _, title, text in jobs
    ]
    try:
        return await asyncio.gather(*tasks, return_exceptions=True)
    finally:
        await client.close()


def tag_articles(generator):
    settings = generator.settings
    cfg = llm_settings(settings)
    if not cfg.enabled:
        return
    max_tags = settings.get("AI_TAGS_MAX", 6)
    index = TagIndex.create(generator.articles, settings.get("TAG_ALIASES"))
    system = render(TAGS_SYSTEM, max_tags=max_tags) + "\nExisting tags: " + ", ".join(index.top())
    cache = cache_for(settings, "tags")

    jobs = []
    for article in generator.articles:
        if getattr(article, "tags", None):
            continue
        text = trim_words(article_plaintext(article._content), 1500)
        key = cache.key(cfg.anthropic_model, text)
        cached = cache.get(key)
        if cached is not None:
            _apply(article, cached, index, settings, max_tags)
        else:
            jobs.append((article, article.title, text))

    if not jobs or cfg.dry_run:
        return
    if settings.get("AI_TAGS_LOG_TOKENS"):
        total = sum(count_anthropic_tokens(get_anthropic(cfg), t, cfg.anthropic_model) for _, _, t in jobs)
        log.info("ai_tags: %d articles, ~%d input tokens", len(jobs), total)

    results = asyncio.run(_suggest_all(jobs, cfg, system))
    for (article, _, text), tags in zip(jobs, results):
        if isinstance(tags, BaseException):
            log.warning("tagging failed for %s: %s", article.source_path, tags)
            continue
        cache.set(cache.key(cfg.anthropic_model, text), tags)
        _apply(article, tags, index, settings, max_tags)


def _apply(article, tags, index, settings, max_tags):
    names = []
    for t in tags[:max_tags]:
        n = index.normalize(t)
        if n not in names:
            names.append(n)
    article.tags = [Tag(n, settings) for n in names]
    article.metadata["tags"] = article.tags
