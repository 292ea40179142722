"""The ``ai-summaries`` MkDocs plugin.

mkdocs.yml::

    plugins:
      - search
      - ai-summaries:
          model: gpt-4.1-mini
          alt_text: true
          search_index: true
"""
from __future__ import annotations

import asyncio
import fnmatch
import json
import os
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.pages import Page

from doctools import get_anthropic_client, get_cohere_client, get_openai_client, get_settings
from doctools.cache import DiskCache, content_key
from doctools.services.multi_model_service import TaskComplexity, multi_model_service
from doctools.summarize import PageSummarizer
from mkdocs_ai_summaries.alt_text import AltTextRewriter
from mkdocs_ai_summaries.post_build import write_llms_txt, write_search_index

log = get_plugin_logger(__name__)


class AISummariesConfig(base.Config):
    enabled = c.Type(bool, default=True)
    model = c.Type(str, default="gpt-4.1-mini")
    summaries = c.Type(bool, default=True)
    keywords = c.Type(bool, default=False)
    alt_text = c.Type(bool, default=True)
    search_index = c.Type(bool, default=False)
    llms_txt = c.Type(bool, default=True)
    use_gateway = c.Type(bool, default=False)
    cache_dir = c.Type(str, default=".doctools-cache")
    exclude = c.ListOfItems(c.Type(str), default=[])


class AISummariesPlugin(BasePlugin[AISummariesConfig]):
    def __init__(self) -> None:
        self.client = None
        self.summarizer: PageSummarizer | None = None
        self.alt_text: AltTextRewriter | None = None
        self.cache: DiskCache | None = None
        self._pages: list[tuple[str, str, str]] = []
        self._summaries: dict[str, str] = {}

    # -- events -----------------------------------------------------------
    def on_config(self, config):
        if not self.config.enabled or os.environ.get("DOCTOOLS_OFFLINE"):
            log.info("ai-summaries disabled")
            self.config.enabled = False
            return config
        self.cache = DiskCache(Path(self.config.cache_dir), "mkdocs")
        self.client = get_openai_client()
        self.summarizer = PageSummarizer(
            self.client, self.config.model, cache=self.cache, max_chars=get_settings().max_summary_chars
        )
        if self.config.alt_text:
            self.alt_text = AltTextRewriter(self.client, docs_dir=Path(config["docs_dir"]), cache=self.cache)
        self._pages.clear()
        self._summaries.clear()
        return config

    def _excluded(self, page: Page) -> bool:
        return any(fnmatch.fnmatch(page.file.src_uri, pattern) for pattern in self.config.exclude)

    def on_page_markdown(self, markdown, page: Page, config, files):
        if not self.config.enabled or self._excluded(page):
            return markdown
        self._pages.append((page.url, page.title or page.file.name, markdown))

        if self.config.summaries and not page.meta.get("description"):
            summary = self._summarize(page, markdown)
            if summary:
                page.meta["description"] = summary
                self._summaries[page.url] = summary

        if self.config.keywords and "keywords" not in page.meta:
            page.meta["keywords"] = self._keywords(markdown)

        if self.alt_text is not None:
            markdown = self.alt_text.rewrite(markdown, page_title=page.title or "", page_src=page.file.src_uri)
        return markdown

    def on_page_context(self, context, page, config, nav):
        if page.url in self._summaries:
            context.setdefault("extra_meta", {})["ai_summary"] = self._summaries[page.url]
        return context

    def on_post_build(self, config):
        if not self.config.enabled:
            return
        site_dir = Path(config["site_dir"])
        if self.config.search_index:
            write_search_index(self._pages, site_dir, get_cohere_client())
        if self.config.llms_txt:
            write_llms_txt(site_dir, config["site_name"], self._summaries, get_anthropic_client())
        if self.cache is not None:
            log.info("ai-summaries: %s", self.cache.stats())

    # -- helpers ----------------------------------------------------------
    def _summarize(self, page: Page, markdown: str) -> str | None:
        if self.config.use_gateway:
            key = content_key("gateway-summary", markdown)
            cached = self.cache.get(key) if self.cache else None
            if cached:
                return cached
            text = asyncio.run(
                multi_model_service.generate_response(
                    prompt=f"Summarise this documentation page in under 60 words:\n\n{markdown[:10000]}",
                    task_type="docs_summary",
                    complexity=TaskComplexity.SIMPLE,
                )
            )
            if self.cache:
                self.cache.set(key, text)
            return text
        try:
            return self.summarizer.summarize(page.title or "", page.file.src_uri, markdown).text
        except Exception as exc:  # a broken summary must never break the docs build
            log.warning("summary failed for %s: %s", page.file.src_uri, exc)
            return None

    def _keywords(self, markdown: str) -> list[str]:
        key = content_key("keywords", markdown)
        if self.cache and (hit := self.cache.get(key)):
            return hit
        completion = self.client.chat.completions.create(
            model=get_settings().openai_model,
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": 'Return {"keywords": [...]} with up to 8 search keywords.'},
                {"role": "user", "content": markdown[:8000]},
            ],
        )
        keywords = json.loads(completion.choices[0].message.content or "{}").get("keywords", [])
        if self.cache:
            self.cache.set(key, keywords)
        return keywords
