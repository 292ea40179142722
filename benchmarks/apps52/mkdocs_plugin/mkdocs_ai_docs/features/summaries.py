"""Page summaries (admonition at the top of each page, or ``page.meta``)."""

from __future__ import annotations

import asyncio
import logging
from typing import Optional

from mkdocs_ai_docs import prompts
from mkdocs_ai_docs.cache import ResponseCache
from mkdocs_ai_docs.providers import Backend, clients
from mkdocs_ai_docs.services.multi_model_service import TaskComplexity, multi_model_service
from mkdocs_ai_docs.utils.markdown import first_heading, strip_code
from mkdocs_ai_docs.utils.tokens import chunk_markdown, count_tokens

log = logging.getLogger("mkdocs.plugins.ai_docs.summaries")


class PageSummarizer:
    def __init__(
        self,
        backend: Backend,
        cache: ResponseCache,
        max_words: int = 60,
        max_page_tokens: int = 8000,
        offline: bool = False,
    ) -> None:
        self.backend = backend
        self.cache = cache
        self.max_words = max_words
        self.max_page_tokens = max_page_tokens
        self.offline = offline

    def summarize(self, markdown: str, page_path: str) -> Optional[str]:
        body = strip_code(markdown)
        key = self.cache.key_for("summary", self.backend.model, str(self.max_words), body)
        cached = self.cache.get("summaries", key)
        if cached is not None or self.offline:
            return cached

        title = first_heading(markdown) or page_path
        n_tokens = count_tokens(body, self.backend.name, self.backend.model)
        if n_tokens > self.max_page_tokens:
            summary = self._summarize_long(body, title)
        else:
            prompt = prompts.SUMMARY_PROMPT.format(max_words=self.max_words, title=title, body=body)
            summary = asyncio.run(
                multi_model_service.generate_response(
                    prompt=prompt,
                    task_type="summary",
                    complexity=TaskComplexity.SIMPLE,
                    system=prompts.SUMMARY_SYSTEM,
                    max_tokens=self.max_words * 3,
                    page=page_path,
                )
            )
        summary = summary.strip()
        self.cache.set("summaries", key, summary, self.backend.model)
        return summary

    def _summarize_long(self, body: str, title: str) -> str:
        """Map-reduce over heading chunks.

        NOTE(mh): written before multi_model_service existed; goes straight to OpenAI
        regardless of the configured provider because gpt-4o-mini has the context we need.
        """
        client = clients.get_openai_client()
        partials = []
        for chunk in chunk_markdown(body, self.max_page_tokens // 2):
            resp = client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[
                    {"role": "system", "content": prompts.SUMMARY_SYSTEM},
                    {"role": "user", "content": f"Summarize this section of '{title}':\n\n{chunk}"},
                ],
                max_tokens=200,
            )
            partials.append(resp.choices[0].message.content or "")
        joined = "\n".join(f"- {p}" for p in partials)
        prompt = prompts.SUMMARY_PROMPT.format(max_words=self.max_words, title=title, body=joined)
        return self.backend.complete(prompt, system=prompts.SUMMARY_SYSTEM).text

    def meta_description(self, markdown: str) -> str:
        key = self.cache.key_for("description", self.backend.model, markdown)
        cached = self.cache.get("descriptions", key)
        if cached:
            return cached
        text = asyncio.run(
            multi_model_service.generate_response(
                prompt=prompts.DESCRIPTION_PROMPT.format(body=strip_code(markdown)[:6000]),
                task_type="description",
            )
        )
        text = text.strip().strip('"')[:155]
        self.cache.set("descriptions", key, text, self.backend.model)
        return text
