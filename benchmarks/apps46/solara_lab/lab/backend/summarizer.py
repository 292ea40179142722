"""Dataset summaries.

The page-level summary goes through the tracked multi-model service.  The
per-column notes are still done with the Together client in a thread pool
(ported from the notebook; see #212 for moving it onto the service).
"""
from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed

import pandas as pd

from lab.backend.clients import get_together_client
from lab.backend.multi_model_service import TaskComplexity, multi_model_service
from lab.config import get_settings
from lab.utils.prompts import SUMMARY_SYSTEM

log = logging.getLogger(__name__)

_POOL = ThreadPoolExecutor(max_workers=6, thread_name_prefix="colnotes")


def profile(df: pd.DataFrame, max_cols: int = 40) -> str:
    parts = [f"rows={len(df)} cols={df.shape[1]}"]
    for col in df.columns[:max_cols]:
        s = df[col]
        parts.append(
            f"- {col} ({s.dtype}): nulls={s.isna().mean():.1%} unique={s.nunique()} sample={s.dropna().head(3).tolist()}"
        )
    return "\n".join(parts)


async def summarise_dataset(df: pd.DataFrame, name: str, deep: bool = False) -> str:
    complexity = TaskComplexity.AGENTIC if deep else TaskComplexity.SIMPLE
    return await multi_model_service.generate_response(
        prompt=f"Dataset `{name}`:\n{profile(df)}",
        task_type="summary",
        complexity=complexity,
        system=SUMMARY_SYSTEM,
    )


def summarise_dataset_sync(df: pd.DataFrame, name: str) -> str:
    return asyncio.run(summarise_dataset(df, name))


def column_notes(df: pd.DataFrame, columns: list[str] | None = None) -> dict[str, str]:
    client = get_together_client()
    model = get_settings().together.default_model
    columns = columns or list(df.columns)
    futures = {}
    for col in columns:
        sample = df[col].dropna().astype(str).head(15).tolist()
        futures[
            _POOL.submit(
                client.chat.completions.create,
                model=model,
                messages=[
                    {"role": "system", "content": "Describe a dataframe column in one sentence."},
                    {"role": "user", "content": f"Column `{col}`, dtype {df[col].dtype}, sample: {sample}"},
                ],
                max_tokens=80,
            )
        ] = col
    notes: dict[str, str] = {}
    for fut in as_completed(futures):
        col = futures[fut]
        try:
            notes[col] = fut.result().choices[0].message.content.strip()
        except Exception:  # noqa: BLE001
            log.warning("column note failed for %s", col, exc_info=True)
            notes[col] = ""
    return notes
