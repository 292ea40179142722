"""Rewrite every selected history item at once ('Tidy last 10 clips').

Written async so the DeepSeek calls run concurrently; the SDK client is sync,
so each request goes to a thread."""
from __future__ import annotations

import asyncio
import logging

from menubar.history import HistoryItem
from menubar.llm.prompts import REWRITE_SYSTEM, messages
from menubar.services.registry import services

log = logging.getLogger(__name__)

CONCURRENCY = 4


async def _rewrite_one(sem: asyncio.Semaphore, item: HistoryItem, tone: str) -> tuple[int, str]:
    client = services().deepseek
    async with sem:
        resp = await asyncio.to_thread(
            client.chat.completions.create,
            model="deepseek-chat",
            messages=messages(REWRITE_SYSTEM.format(tone=tone), item.text),
            temperature=0.6,
        )
    return item.id, resp.choices[0].message.content.strip()


async def rewrite_many(items: list[HistoryItem], tone: str = "concise") -> dict[int, str]:
    sem = asyncio.Semaphore(CONCURRENCY)
    results = await asyncio.gather(
        *(_rewrite_one(sem, item, tone) for item in items), return_exceptions=True
    )
    out: dict[int, str] = {}
    for item, result in zip(items, results):
        if isinstance(result, Exception):
            log.warning("rewrite of clip %s failed: %s", item.id, result)
            continue
        out[result[0]] = result[1]
    return out


async def summarise_many(items: list[HistoryItem]) -> list[str]:
    """Summaries for the history window, via the shared Ollama client (free)."""
    local = services().ollama
    summaries = []
    for item in items:
        resp = await asyncio.to_thread(
            local.generate,
            model="llama3.2:3b",
            prompt=f"One-line summary:\n\n{item.text[:3000]}",
        )
        summaries.append(resp.response.strip())
    return summaries
