"""Automatic "interesting facts" about a dataset.

Half-way through moving to multi_model_service (ANL-231): ``quick_facts`` is
migrated, ``anomaly_notes`` and ``eu_facts`` still talk to the SDKs directly.
"""
from __future__ import annotations

import functools
import json
import logging

import pandas as pd

from config import get_settings
from services import prompts
from services.clients import get_async_openai_client, get_mistral_client
from services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)


def _numeric_outliers(df: pd.DataFrame, z: float = 3.5) -> dict[str, int]:
    out = {}
    for col in df.select_dtypes("number").columns:
        s = df[col].dropna()
        if len(s) < 10 or s.std() == 0:
            continue
        out[str(col)] = int(((s - s.mean()).abs() / s.std() > z).sum())
    return {k: v for k, v in out.items() if v}


class InsightEngine:
    def __init__(self, model: str | None = None):
        self.model = model or get_settings().default_chat_model
        # TODO: drop once anomaly_notes is migrated
        self._complete = functools.partial(
            get_async_openai_client().chat.completions.create,
            model=self.model,
            temperature=0.1,
        )

    async def quick_facts(self, df: pd.DataFrame, name: str) -> list[str]:
        text = await multi_model_service.generate_response(
            prompt=prompts.dataset_context(df, name) + "\n\nList 5 notable facts, one per line.",
            task_type="auto_insights",
            complexity=TaskComplexity.SIMPLE,
        )
        return [ln.strip("-• ").strip() for ln in text.splitlines() if ln.strip()]

    async def anomaly_notes(self, df: pd.DataFrame) -> str:
        outliers = _numeric_outliers(df)
        if not outliers:
            return "No strong numeric outliers."
        resp = await self._complete(
            messages=[
                {"role": "system", "content": prompts.ANALYST_SYSTEM},
                {"role": "user", "content": f"Outlier counts per column: {json.dumps(outliers)}. "
                                            f"Describe stats: {df[list(outliers)].describe().to_string()}. "
                                            "What could explain them?"},
            ]
        )
        return resp.choices[0].message.content or ""

    def eu_facts(self, df: pd.DataFrame, name: str) -> str:
        client = get_mistral_client()
        result = client.chat.complete(
            model=get_settings().mistral_model,
            messages=[{"role": "user", "content": prompts.dataset_context(df, name) + "\n\nThree facts, please."}],
            temperature=0.1,
        )
        return result.choices[0].message.content
