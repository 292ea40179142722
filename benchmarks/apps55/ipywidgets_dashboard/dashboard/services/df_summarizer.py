"""Dataframe profiling + LLM summary (Mistral by default, Claude for big frames)."""
from __future__ import annotations

import logging
from typing import Callable

import pandas as pd

from dashboard.llm.prompts import SUMMARY_SYSTEM, summary_user_prompt
from dashboard.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

BIG_FRAME_COLUMNS = 60


def profile(df: pd.DataFrame, max_cols: int = 80) -> str:
    rows = [f"rows: {len(df)}", f"columns: {df.shape[1]}", "", "| column | dtype | nulls | unique | sample |",
            "|---|---|---|---|---|"]
    for col in list(df.columns)[:max_cols]:
        s = df[col]
        sample = s.dropna().astype(str).head(3).tolist()
        rows.append(f"| {col} | {s.dtype} | {int(s.isna().sum())} | {s.nunique(dropna=True)} | {', '.join(sample)} |")
    if df.shape[1] > max_cols:
        rows.append(f"... {df.shape[1] - max_cols} more columns")
    return "\n".join(rows)


class DataFrameSummarizer:
    def __init__(self, mistral_client, anthropic_client=None, model: str = "mistral-large-latest"):
        self.mistral = mistral_client
        self.anthropic = anthropic_client
        self.model = model

    def summarize(self, df: pd.DataFrame, name: str = "df") -> str:
        prompt = summary_user_prompt(profile(df), name)
        res = self.mistral.chat.complete(
            model=self.model,
            messages=[
                {"role": "system", "content": SUMMARY_SYSTEM},
                {"role": "user", "content": prompt},
            ],
            max_tokens=700,
        )
        return res.choices[0].message.content

    def summarize_streaming(self, df: pd.DataFrame, on_delta: Callable[[str], None], name: str = "df") -> None:
        stream = self.mistral.chat.stream(
            model=self.model,
            messages=[
                {"role": "system", "content": SUMMARY_SYSTEM},
                {"role": "user", "content": summary_user_prompt(profile(df), name)},
            ],
        )
        with stream as events:
            for event in events:
                delta = event.data.choices[0].delta.content
                if delta:
                    on_delta(delta)

    async def summarize_async(self, df: pd.DataFrame, name: str = "df") -> str:
        if df.shape[1] >= BIG_FRAME_COLUMNS and self.anthropic is not None:
            return await self._summarize_big(df, name)
        res = await self.mistral.chat.complete_async(
            model=self.model,
            messages=[
                {"role": "system", "content": SUMMARY_SYSTEM},
                {"role": "user", "content": summary_user_prompt(profile(df), name)},
            ],
        )
        return res.choices[0].message.content

    async def _summarize_big(self, df: pd.DataFrame, name: str) -> str:
        model = "claude-3-5-sonnet-20241022"
        async with llm_tracker.track_llm_call(provider="anthropic", model=model, feature_context="df_summary") as usage_log:
            msg = await self.anthropic.messages.create(
                model=model,
                max_tokens=1200,
                system=SUMMARY_SYSTEM,
                messages=[{"role": "user", "content": summary_user_prompt(profile(df, max_cols=200), name)}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return msg.content[0].text
