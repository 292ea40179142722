"""Per-document summaries.

``summary_provider`` picks the backend. The anthropic path is the default; cerebras
is the fast/cheap path used for the nightly backfill.
"""
from __future__ import annotations

import logging

import anthropic
import pandas as pd
from cerebras.cloud.sdk import Cerebras
from hamilton.function_modifiers import config, parameterize, source, value
from openai import OpenAI

from enrichment import prompts

logger = logging.getLogger(__name__)

MAX_INPUT_CHARS = 24_000


def _clip(text: str) -> str:
    return text if len(text) <= MAX_INPUT_CHARS else text[:MAX_INPUT_CHARS] + " [...]"


@config.when(summary_provider="anthropic")
def summaries__anthropic(
    documents: pd.DataFrame,
    anthropic_client: anthropic.Anthropic,
    summary_model: str = "claude-3-5-sonnet-20241022",
    summary_max_words: int = 80,
) -> pd.Series:
    out = {}
    for row in documents.itertuples(index=False):
        msg = anthropic_client.messages.create(
            model=summary_model,
            max_tokens=400,
            system=prompts.SUMMARY_SYSTEM.format(max_words=summary_max_words),
            messages=[{"role": "user", "content": prompts.SUMMARY_USER.format(title=row.title, body=_clip(row.body))}],
        )
        out[row.doc_id] = "".join(b.text for b in msg.content if b.type == "text")
    return pd.Series(out, name="summary")


@config.when(summary_provider="openai")
def summaries__openai(
    documents: pd.DataFrame,
    openai_client: OpenAI,
    summary_model: str = "gpt-4o-mini",
    summary_max_words: int = 80,
) -> pd.Series:
    out = {}
    for row in documents.itertuples(index=False):
        completion = openai_client.chat.completions.create(
            model=summary_model,
            temperature=0.1,
            messages=[
                {"role": "system", "content": prompts.SUMMARY_SYSTEM.format(max_words=summary_max_words)},
                {"role": "user", "content": prompts.SUMMARY_USER.format(title=row.title, body=_clip(row.body))},
            ],
        )
        out[row.doc_id] = completion.choices[0].message.content or ""
    return pd.Series(out, name="summary")


@config.when(summary_provider="cerebras")
def summaries__cerebras(
    documents: pd.DataFrame,
    cerebras_client: Cerebras,
    summary_model: str = "llama3.1-8b",
    summary_max_words: int = 80,
) -> pd.Series:
    out = {}
    for row in documents.itertuples(index=False):
        stream = cerebras_client.chat.completions.create(
            model=summary_model,
            stream=True,
            messages=[
                {"role": "system", "content": prompts.SUMMARY_SYSTEM.format(max_words=summary_max_words)},
                {"role": "user", "content": prompts.SUMMARY_USER.format(title=row.title, body=_clip(row.body))},
            ],
        )
        parts = []
        for chunk in stream:
            delta = chunk.choices[0].delta.content
            if delta:
                parts.append(delta)
        out[row.doc_id] = "".join(parts)
    return pd.Series(out, name="summary")


def _one_liner(client: anthropic.Anthropic, title: str, body: str, max_words: int) -> str:
    with client.messages.stream(
        model="claude-3-5-haiku-20241022",
        max_tokens=120,
        system=prompts.SUMMARY_SYSTEM.format(max_words=max_words),
        messages=[{"role": "user", "content": prompts.SUMMARY_USER.format(title=title, body=_clip(body))}],
    ) as stream:
        return stream.get_final_text()


@parameterize(
    headline=dict(max_words=value(12), client=source("anthropic_client")),
    teaser=dict(max_words=value(30), client=source("anthropic_client")),
)
def short_text(documents: pd.DataFrame, max_words: int, client: anthropic.Anthropic) -> pd.Series:
    """{max_words}-word blurb per document."""
    return pd.Series(
        {row.doc_id: _one_liner(client, row.title, row.body, max_words) for row in documents.itertuples(index=False)}
    )


def summary_lengths(summaries: pd.Series) -> pd.Series:
    return summaries.str.split().str.len()
