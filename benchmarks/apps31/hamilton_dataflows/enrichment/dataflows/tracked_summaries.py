"""Tracked variants (new code path). Everything here goes through the tracker.

Plan is to migrate summarization.py onto this module and delete the per-provider
variants there; until then the driver config picks one or the other.
"""
from __future__ import annotations

import asyncio

import anthropic
import pandas as pd

from enrichment import prompts
from enrichment.clients import get_async_anthropic
from enrichment.services.llm_usage_tracker import llm_tracker
from enrichment.services.multi_model_service import TaskComplexity, multi_model_service


async def _summarise_all(documents: pd.DataFrame, max_words: int) -> dict[str, str]:
    async def one(doc_id: str, title: str, body: str) -> tuple[str, str]:
        text = await multi_model_service.generate_response(
            prompt=prompts.SUMMARY_USER.format(title=title, body=body[:24_000]),
            system=prompts.SUMMARY_SYSTEM.format(max_words=max_words),
            task_type="doc_summary",
            complexity=TaskComplexity.MODERATE,
        )
        return doc_id, text

    pairs = await asyncio.gather(
        *(one(d, t, b) for d, t, b in zip(documents["doc_id"], documents["title"], documents["body"]))
    )
    return dict(pairs)


def tracked_summaries(documents: pd.DataFrame, summary_max_words: int = 80) -> pd.Series:
    return pd.Series(asyncio.run(_summarise_all(documents, summary_max_words)), name="summary")


async def _claude_abstract(client: anthropic.AsyncAnthropic, body: str, model: str) -> str:
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="doc_abstract"
    ) as usage_log:
        msg = await client.messages.create(
            model=model,
            max_tokens=300,
            messages=[{"role": "user", "content": f"Write a 3-sentence abstract:\n\n{body[:24_000]}"}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


def tracked_abstracts(documents: pd.DataFrame, abstract_model: str = "claude-3-5-haiku-20241022") -> pd.Series:
    client = get_async_anthropic()

    async def run_all() -> list[str]:
        return await asyncio.gather(*(_claude_abstract(client, b, abstract_model) for b in documents["body"]))

    return pd.Series(asyncio.run(run_all()), index=documents["doc_id"], name="abstract")
