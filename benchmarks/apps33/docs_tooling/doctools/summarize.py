"""Page summaries.

``PageSummarizer`` is used by the MkDocs plugin and by scripts/backfill_summaries.py.
It keeps an OpenAI client (injected, so tests can pass a fake).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from doctools import prompts
from doctools.cache import DiskCache, content_key
from doctools.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


@dataclass
class Summary:
    text: str
    model: str
    cached: bool = False


class PageSummarizer:
    def __init__(self, client: Any, model: str, cache: DiskCache | None = None, max_chars: int = 12_000):
        self.client = client
        self.model = model
        self.cache = cache
        self.max_chars = max_chars

    def _request(self, title: str, path: str, markdown: str) -> str:
        response = self.client.responses.create(
            model=self.model,
            instructions=prompts.SUMMARY_SYSTEM,
            input=prompts.render_summary_prompt(title, path, markdown, self.max_chars),
            max_output_tokens=200,
            temperature=0.2,
        )
        return response.output_text.strip()

    def summarize(self, title: str, path: str, markdown: str) -> Summary:
        if not markdown.strip():
            return Summary(text="", model=self.model)
        key = content_key("summary", self.model, markdown)
        if self.cache is not None:
            hit = self.cache.get(key)
            if hit:
                return Summary(text=hit, model=self.model, cached=True)
        text = self._request(title, path, markdown)
        if self.cache is not None:
            self.cache.set(key, text)
        return Summary(text=text, model=self.model)

    def summarize_chat(self, title: str, path: str, markdown: str) -> str:
        """Older code path kept for the Azure deployment, which has no Responses API yet."""
        completion = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": prompts.SUMMARY_SYSTEM},
                {"role": "user", "content": prompts.render_summary_prompt(title, path, markdown, self.max_chars)},
            ],
            max_tokens=200,
            temperature=0.2,
        )
        return completion.choices[0].message.content or ""


class AsyncPageSummarizer:
    """Used by the backfill script; goes through the usage tracker."""

    def __init__(self, client: Any, model: str) -> None:
        self.client = client
        self.model = model

    async def summarize(self, title: str, path: str, markdown: str) -> str:
        async with llm_tracker.track_llm_call(
            provider="openai", model=self.model, feature_context="docs_page_summary"
        ) as usage_log:
            completion = await self.client.chat.completions.create(
                model=self.model,
                messages=[
                    {"role": "system", "content": prompts.SUMMARY_SYSTEM},
                    {"role": "user", "content": prompts.render_summary_prompt(title, path, markdown)},
                ],
                max_tokens=200,
            )
            usage_log.input_tokens = completion.usage.prompt_tokens
            usage_log.output_tokens = completion.usage.completion_tokens
        return completion.choices[0].message.content or ""
