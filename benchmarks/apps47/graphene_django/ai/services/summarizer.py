"""Article summaries with Claude."""
from __future__ import annotations

import logging
from typing import Iterator

import anthropic
from django.conf import settings

from ai import prompts
from ai.clients import get_anthropic_client, get_async_anthropic_client

from .llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class SummaryError(RuntimeError):
    pass


class ArticleSummarizer:
    def __init__(self, client: anthropic.Anthropic | None = None, model: str | None = None):
        self.client = client or get_anthropic_client()
        self.model = model or settings.SUMMARY_MODEL

    def _messages(self, article, sentences: int):
        body = prompts.truncate_words(article.body, 3000)
        return [
            {
                "role": "user",
                "content": prompts.render(
                    prompts.SUMMARY_USER, sentences=sentences, title=article.title, body=body
                ),
            }
        ]

    def summarize(self, article, sentences: int = 3) -> str:
        try:
            message = self.client.messages.create(
                model=self.model,
                max_tokens=600,
                system=prompts.SUMMARY_SYSTEM,
                messages=self._messages(article, sentences),
            )
        except anthropic.APIStatusError as exc:
            logger.warning("summary failed for article %s: %s", article.pk, exc)
            raise SummaryError(str(exc)) from exc
        return "".join(block.text for block in message.content if block.type == "text").strip()

    def stream_summary(self, article, sentences: int = 3) -> Iterator[str]:
        with self.client.messages.stream(
            model=self.model,
            max_tokens=600,
            system=prompts.SUMMARY_SYSTEM,
            messages=self._messages(article, sentences),
        ) as stream:
            for text in stream.text_stream:
                yield text

    def estimate_input_tokens(self, article) -> int:
        # Token counting is free; used by the admin to warn about very long drafts.
        result = self.client.messages.count_tokens(
            model=self.model,
            system=prompts.SUMMARY_SYSTEM,
            messages=self._messages(article, 3),
        )
        return result.input_tokens


async def summarize_tracked(article, sentences: int = 3) -> str:
    """Async variant used by the batch job; goes through the usage tracker."""
    client = get_async_anthropic_client()
    model = settings.SUMMARY_MODEL
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="article_summary_batch"
    ) as usage_log:
        message = await client.messages.create(
            model=model,
            max_tokens=600,
            system=prompts.SUMMARY_SYSTEM,
            messages=[
                {
                    "role": "user",
                    "content": prompts.render(
                        prompts.SUMMARY_USER,
                        sentences=sentences,
                        title=article.title,
                        body=prompts.truncate_words(article.body, 3000),
                    ),
                }
            ],
        )
        usage_log.input_tokens = message.usage.input_tokens
        usage_log.output_tokens = message.usage.output_tokens
    return message.content[0].text


async def summarize_headline(title: str) -> str:
    """One-line teaser, also via Claude but without the tracker (TODO: wrap)."""
    client = get_async_anthropic_client()
    message = await client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=60,
        messages=[{"role": "user", "content": f"Write a 12-word teaser for: {title}"}],
    )
    return message.content[0].text.strip()
