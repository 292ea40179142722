"""Tracked enrichment steps.

These either go through multi_model_service or wrap a legacy direct call in
llm_tracker.track_llm_call, per the LLM usage policy.
"""
from __future__ import annotations

import asyncio
import logging

import apache_beam as beam

from newsenrich import config, prompts
from newsenrich.clients import pool
from newsenrich.schema import Article
from newsenrich.services.llm_usage_tracker import llm_tracker
from newsenrich.services.multi_model_service import TaskComplexity, multi_model_service

_LOG = logging.getLogger(__name__)


class TrackedHeadlineDoFn(beam.DoFn):
    def process(self, article: Article):
        headline = asyncio.run(
            multi_model_service.generate_response(
                prompt=f"{prompts.HEADLINE_SYSTEM}\n\n{article.title}",
                task_type="headline",
                complexity=TaskComplexity.SIMPLE,
                max_tokens=60,
            )
        )
        article.headline = headline.strip()
        yield article


class TrackedCohereChatDoFn(beam.DoFn):
    """Legacy cohere chat step, wrapped with the tracker until it's migrated."""

    def __init__(self, model: str = "command-r-08-2024"):
        self._model = model
        self._co = None

    def setup(self):
        self._co = pool.get_cohere()

    async def _tagline(self, article: Article) -> str:
        async with llm_tracker.track_llm_call(
            provider="cohere", model=self._model, feature_context="tagline"
        ) as usage_log:
            response = self._co.chat(
                model=self._model,
                messages=[{"role": "user", "content": prompts.TAGLINE.format(text=article.text_for_model(3000))}],
            )
            usage_log.input_tokens = int(response.usage.billed_units.input_tokens or 0)
            usage_log.output_tokens = int(response.usage.billed_units.output_tokens or 0)
        return response.message.content[0].text

    def process(self, article: Article):
        article.extras["tagline"] = asyncio.run(self._tagline(article)).strip()
        yield article

    def finish_bundle(self):
        flushed = llm_tracker.flush()
        _LOG.debug("flushed %d usage rows", flushed)


class TrackedSummaryViaTrackerDoFn(beam.DoFn):
    def setup(self):
        self._client = pool.get_openai()

    async def _summarise(self, article: Article) -> str:
        model = config.OPENAI_SUMMARY_MODEL
        async with llm_tracker.track_llm_call(provider="openai", model=model, feature_context="summary") as usage_log:
            resp = await asyncio.to_thread(
                self._client.chat.completions.create,
                model=model,
                messages=[{"role": "user", "content": prompts.render_summary(article.title, article.body[:8000])}],
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content

    def process(self, article: Article):
        article.summary = asyncio.run(self._summarise(article))
        yield article
