"""Async fan-out helpers for runbooks that explain many devices at once.

Nornir's threaded runner is fine for SSH but we don't want 200 threads each
holding an HTTP connection to the LLM vendor, so explanations are batched
here with a semaphore after the Nornir run finishes.
"""
from __future__ import annotations

import asyncio
import functools
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Iterable

from netauto.llm.clients import get_async_openai_client, get_openai_client, make_watsonx_model
from netauto.llm.prompts import EXPLAIN_DIFF_SYSTEM
from netauto.settings import get_settings

log = logging.getLogger(__name__)


async def _explain_one(sem: asyncio.Semaphore, host: str, prompt: str) -> tuple[str, str]:
    client = get_async_openai_client()
    async with sem:
        resp = await client.chat.completions.create(
            model=get_settings().llm.openai_model,
            messages=[
                {"role": "system", "content": EXPLAIN_DIFF_SYSTEM},
                {"role": "user", "content": prompt},
            ],
        )
    return host, resp.choices[0].message.content or ""


async def explain_many(prompts: dict[str, str], concurrency: int = 8) -> dict[str, str]:
    sem = asyncio.Semaphore(concurrency)
    pairs = await asyncio.gather(*(_explain_one(sem, h, p) for h, p in prompts.items()))
    return dict(pairs)


async def embed_async(texts: list[str]) -> list[list[float]]:
    client = get_openai_client()
    resp = await asyncio.to_thread(
        client.embeddings.create,
        model=get_settings().llm.openai_embedding_model,
        input=texts,
    )
    return [d.embedding for d in resp.data]


def watsonx_generate_many(prompts: Iterable[str], workers: int = 4) -> list[str]:
    """watsonx ModelInference is sync; run it in a pool."""
    model = make_watsonx_model()
    gen = functools.partial(model.generate_text, params={"max_new_tokens": 200})
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(gen, prompt=p) for p in prompts]
        return [f.result() for f in futures]


def watsonx_generate_serial(prompts: Iterable[str]) -> list[str]:
    model = make_watsonx_model()
    gen = functools.partial(model.generate_text, params={"max_new_tokens": 200})
    out = []
    for p in prompts:
        out.append(gen(prompt=p))
    return out
