"""Background jobs that fan out over many columns / figures.

Runs in a thread pool so the trame event loop stays responsive.
"""
from __future__ import annotations

import functools
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed

from assistant.config import get_settings
from assistant.data.loaders import Dataset
from assistant.llm import get_groq_client, get_mistral_client, get_openai_client

log = logging.getLogger(__name__)

_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="llm-jobs")


def describe_columns(dataset: Dataset, columns: list[str] | None = None) -> dict[str, str]:
    """One short description per column, in parallel on Groq."""
    settings = get_settings()
    client = get_groq_client()
    columns = columns or list(dataset.frame.columns)
    futures = {}
    for col in columns:
        sample = dataset.frame[col].dropna().head(10).tolist()
        fut = _pool.submit(
            client.chat.completions.create,
            model=settings.groq_model,
            messages=[{"role": "user", "content": f"Describe column '{col}' in 10 words. Sample: {sample}"}],
            max_tokens=40,
        )
        futures[fut] = col
    out: dict[str, str] = {}
    for fut in as_completed(futures):
        col = futures[fut]
        try:
            out[col] = fut.result().choices[0].message.content.strip()
        except Exception:  # noqa: BLE001
            log.exception("describe failed for %s", col)
            out[col] = ""
    return out


def classify_columns(dataset: Dataset) -> dict[str, str]:
    """Tag each column as measurement / identifier / timestamp / category."""
    settings = get_settings()
    ask = functools.partial(
        get_mistral_client().chat.complete,
        model=settings.mistral_model,
        temperature=0,
        max_tokens=5,
    )
    tags = {}
    for col in dataset.frame.columns:
        res = ask(
            messages=[
                {
                    "role": "user",
                    "content": f"Answer with one word (measurement, identifier, timestamp, category): {col}",
                }
            ]
        )
        tags[col] = res.choices[0].message.content.strip().lower()
    return tags


def embed_columns(dataset: Dataset) -> list[list[float]]:
    texts = [f"{c}: {dataset.frame[c].dtype}" for c in dataset.frame.columns]
    fut = _pool.submit(
        get_openai_client().embeddings.create,
        model=get_settings().openai_embedding_model,
        input=texts,
    )
    return [d.embedding for d in fut.result().data]


def shutdown():
    _pool.shutdown(wait=False, cancel_futures=True)
