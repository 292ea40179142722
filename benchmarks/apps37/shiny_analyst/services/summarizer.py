"""Dataset summaries.

``DataSummarizer`` keeps the client it was given; the app passes the cached
async OpenAI client, tests pass a fake.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import pandas as pd
from openai import AsyncOpenAI

from services import prompts
from services.llm_usage_tracker import llm_tracker
from utils.cache import prompt_cache

log = logging.getLogger(__name__)


@dataclass
class Summary:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


class DataSummarizer:
    def __init__(self, client: AsyncOpenAI, model: str = "gpt-4.1-mini"):
        self.client = client
        self.model = model

    async def summarize(self, df: pd.DataFrame, name: str, audience: str = "analyst") -> Summary:
        key = prompt_cache.key("summary", name, df.shape, audience, self.model)
        cached = prompt_cache.get(key)
        if cached:
            return cached

        resp = await self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": prompts.ANALYST_SYSTEM},
                {"role": "user", "content": prompts.summary_prompt(df, name, audience)},
            ],
            temperature=0.2,
        )
        summary = Summary(
            text=resp.choices[0].message.content or "",
            model=self.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
        )
        prompt_cache.set(key, summary)
        return summary

    async def summarize_tracked(self, df: pd.DataFrame, name: str) -> Summary:
        """Same as ``summarize`` but recorded in the usage log.

        Kept separate because the cache path above should not log a call.
        """
        async with llm_tracker.track_llm_call(
            provider="openai", model=self.model, feature_context="dataset_summary"
        ) as usage_log:
            resp = await self.client.responses.create(
                model=self.model,
                instructions=prompts.ANALYST_SYSTEM,
                input=prompts.summary_prompt(df, name),
            )
            usage_log.input_tokens = resp.usage.input_tokens
            usage_log.output_tokens = resp.usage.output_tokens
        return Summary(text=resp.output_text, model=self.model,
                       input_tokens=resp.usage.input_tokens, output_tokens=resp.usage.output_tokens)

    async def column_notes(self, df: pd.DataFrame) -> dict[str, str]:
        notes: dict[str, str] = {}
        for col in df.columns[:25]:
            sample = df[col].dropna().astype(str).head(15).tolist()
            resp = await self.client.responses.create(
                model="gpt-4o-mini",
                input=f"In one sentence, what does a column named {col!r} with values {sample} hold?",
                max_output_tokens=60,
            )
            notes[str(col)] = resp.output_text.strip()
        return notes
