"""High-throughput async runner for big sweeps (OpenAI + HF endpoints).

TODO(mk): fold into EvalRunner once BaseModel grows an async interface.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any

from tqdm.asyncio import tqdm_asyncio

from ..models import get_async_hf_client, get_async_openai_client

log = logging.getLogger(__name__)


class AsyncOpenAIRunner:
    def __init__(self, model: str, concurrency: int = 64, max_tokens: int = 1024) -> None:
        self.client = get_async_openai_client()
        self.model = model
        self.sem = asyncio.Semaphore(concurrency)
        self.max_tokens = max_tokens

    async def _one(self, prompt: str) -> dict[str, Any]:
        async with self.sem:
            resp = await self.client.chat.completions.create(
                model=self.model,
                messages=[{"role": "user", "content": prompt}],
                max_tokens=self.max_tokens,
                temperature=0.0,
            )
        return {
            "text": resp.choices[0].message.content,
            "input_tokens": resp.usage.prompt_tokens,
            "output_tokens": resp.usage.completion_tokens,
        }

    async def run(self, prompts: list[str]) -> list[dict[str, Any]]:
        return await tqdm_asyncio.gather(*(self._one(p) for p in prompts))


class AsyncHFRunner:
    def __init__(self, model: str, concurrency: int = 16) -> None:
        self.client = get_async_hf_client(model)
        self.sem = asyncio.Semaphore(concurrency)

    async def _one(self, prompt: str) -> str:
        async with self.sem:
            out = await self.client.chat_completion(
                messages=[{"role": "user", "content": prompt}], max_tokens=512
            )
        return out.choices[0].message.content or ""

    async def run(self, prompts: list[str]) -> list[str]:
        return await asyncio.gather(*(self._one(p) for p in prompts))


async def stream_preview(model: str, prompt: str) -> str:
    """Debug helper: prints tokens as they arrive."""
    client = get_async_openai_client()
    stream = await client.chat.completions.create(
        model=model, messages=[{"role": "user", "content": prompt}], stream=True
    )
    chunks = []
    async for chunk in stream:
        delta = chunk.choices[0].delta.content if chunk.choices else None
        if delta:
            print(delta, end="", flush=True)
            chunks.append(delta)
    print()
    return "".join(chunks)


def run_prompts_file(path: str, model: str, backend: str = "openai", concurrency: int = 32) -> list:
    """Convenience for notebooks: ``run_prompts_file("prompts.txt", "gpt-4o-mini")``."""
    with open(path) as f:
        prompts = [line.rstrip("\n") for line in f if line.strip()]
    if backend == "openai":
        runner = AsyncOpenAIRunner(model, concurrency=concurrency)
    elif backend == "hf":
        runner = AsyncHFRunner(model, concurrency=concurrency)
    else:
        raise ValueError(f"unknown backend {backend!r}")
    log.info("running %d prompts on %s/%s", len(prompts), backend, model)
    return asyncio.run(runner.run(prompts))
