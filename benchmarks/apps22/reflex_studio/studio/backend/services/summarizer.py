"""Summaries of long-form drafts.

Started on the sync Together-compatible client from clients.py; the
multi_model_service path is the new way (summarize_tracked). Both are
still in use — the blog page hasn't been moved yet.
"""
from __future__ import annotations

import asyncio
import logging

from .. import clients
from .multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)

SUMMARY_MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"


def _chunk(text: str, size: int = 6000) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def summarize_sync(text: str, bullets: int = 5) -> str:
    parts = []
    for chunk in _chunk(text):
        resp = clients.together_compat.chat.completions.create(
            model=SUMMARY_MODEL,
            messages=[
                {"role": "system", "content": f"Summarise in at most {bullets} bullets."},
                {"role": "user", "content": chunk},
            ],
        )
        parts.append(resp.choices[0].message.content or "")
    return "\n".join(parts)


async def summarize(text: str, bullets: int = 5) -> str:
    return await asyncio.to_thread(summarize_sync, text, bullets)


async def summarize_tracked(text: str, bullets: int = 5) -> str:
    return await multi_model_service.generate_response(
        prompt=f"Summarise in at most {bullets} bullets:\n\n{text[:12000]}",
        task_type="summary",
        complexity=TaskComplexity.SIMPLE,
    )
