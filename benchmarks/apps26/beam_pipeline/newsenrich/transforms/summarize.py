"""Summarisation DoFns.

Three implementations live here while we A/B them:

* ``OpenAISummarizeDoFn`` -- the original; builds its own client in setup()
  (predates clients.pool, not migrated yet).
* ``ClaudeSummarizeDoFn`` -- pooled Anthropic client.
* ``TrackedSummarizeDoFn`` -- goes through multi_model_service; this is the one
  finops wants everyone on.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Iterator

import apache_beam as beam
from apache_beam.metrics import Metrics
from openai import OpenAI

from newsenrich import config, prompts
from newsenrich.clients import pool
from newsenrich.schema import Article
from newsenrich.services.multi_model_service import TaskComplexity, multi_model_service
from newsenrich.retry import with_retries
from newsenrich.textutils import truncate

_LOG = logging.getLogger(__name__)


class OpenAISummarizeDoFn(beam.DoFn):
    def __init__(self, model: str = config.OPENAI_SUMMARY_MODEL, api_key_secret: str = "openai-api-key"):
        self._model = model
        self._api_key_secret = api_key_secret
        self._client = None
        self.summarised = Metrics.counter(self.__class__, "summarised")
        self.prompt_tokens = Metrics.distribution(self.__class__, "prompt_tokens")

    def setup(self):
        self._client = OpenAI(api_key=config.resolve_secret(self._api_key_secret), timeout=45, max_retries=0)

    def process(self, article: Article) -> Iterator[Article]:
        body = truncate(article.body, config.MAX_BODY_CHARS)
        resp = with_retries(
            self._client.chat.completions.create,
            model=self._model,
            messages=[
                {"role": "system", "content": prompts.SUMMARY_SYSTEM_V3},
                {"role": "user", "content": prompts.render_summary(article.title, body)},
            ],
            max_tokens=config.MAX_SUMMARY_TOKENS,
            temperature=0.2,
        )
        article.summary = (resp.choices[0].message.content or "").strip()
        article.extras["summary_model"] = self._model
        self.prompt_tokens.update(resp.usage.prompt_tokens)
        self.summarised.inc()
        yield article

    def teardown(self):
        if self._client is not None:
            self._client.close()


class ClaudeSummarizeDoFn(beam.DoFn):
    def __init__(self, model: str = config.ANTHROPIC_MODEL, max_tokens: int = config.MAX_SUMMARY_TOKENS):
        self._model = model
        self._max_tokens = max_tokens
        self._client = None
        self.failures = Metrics.counter(self.__class__, "failures")

    def setup(self):
        self._client = pool.get_anthropic()

    def process(self, article: Article):
        try:
            message = self._client.messages.create(
                model=self._model,
                max_tokens=self._max_tokens,
                system=prompts.SUMMARY_SYSTEM_V3,
                messages=[
                    {
                        "role": "user",
                        "content": prompts.render_summary(article.title, truncate(article.body, config.MAX_BODY_CHARS)),
                    }
                ],
            )
        except Exception:  # noqa: BLE001
            self.failures.inc()
            _LOG.exception("claude summary failed for %s", article.article_id)
            yield beam.pvalue.TaggedOutput("failed", article)
            return
        article.summary = "".join(block.text for block in message.content if block.type == "text").strip()
        article.extras["summary_model"] = self._model
        yield article


class TrackedSummarizeDoFn(beam.DoFn):
    """Summaries via multi_model_service (usage is tracked there)."""

    def __init__(self, complexity: TaskComplexity = TaskComplexity.SIMPLE):
        self._complexity = complexity
        self._loop = None

    def setup(self):
        self._loop = asyncio.new_event_loop()

    def process(self, article: Article):
        prompt = prompts.render_summary(article.title, truncate(article.body, config.MAX_BODY_CHARS))
        summary = self._loop.run_until_complete(
            multi_model_service.generate_response(
                prompt=prompt,
                task_type="summary",
                complexity=self._complexity,
                system=prompts.SUMMARY_SYSTEM_V3,
                max_tokens=config.MAX_SUMMARY_TOKENS,
            )
        )
        article.summary = summary.strip()
        yield article

    def teardown(self):
        if self._loop is not None:
            self._loop.close()


def summarizer_for(name: str) -> beam.DoFn:
    if name == "openai":
        return OpenAISummarizeDoFn()
    if name == "anthropic":
        return ClaudeSummarizeDoFn()
    if name == "tracked":
        return TrackedSummarizeDoFn()
    raise ValueError(f"unknown summarizer {name!r}")
