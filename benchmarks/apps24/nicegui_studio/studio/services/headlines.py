"""Fast headline brainstorming on Groq (cheap, very low latency)."""
from __future__ import annotations

import asyncio
import logging

from groq import AsyncGroq

from studio import prompts
from studio.config import settings
from studio.services.container import services

log = logging.getLogger(__name__)


def _parse_lines(text: str, max_chars: int) -> list[str]:
    out = []
    for line in text.splitlines():
        line = line.strip().strip('"').lstrip("0123456789.-) ")
        if line and len(line) <= max_chars:
            out.append(line)
    return out


async def brainstorm_headlines(brief: str, n: int = 8, max_chars: int = 70) -> list[str]:
    completion = await services.groq.chat.completions.create(
        model=settings.headline_model,
        messages=[
            {"role": "system", "content": "You are a punchy direct-response copywriter."},
            {"role": "user", "content": prompts.HEADLINE_TEMPLATE.substitute(n=n, brief=brief, max_chars=max_chars)},
        ],
        temperature=1.0,
        max_tokens=400,
    )
    return _parse_lines(completion.choices[0].message.content or "", max_chars)


async def headline_batch(client: AsyncGroq, briefs: list[str], max_chars: int = 70) -> dict[str, list[str]]:
    """Generate headlines for several briefs concurrently with the given client."""

    async def one(brief: str) -> tuple[str, list[str]]:
        resp = await client.chat.completions.create(
            model=settings.headline_model,
            messages=[{"role": "user", "content": prompts.HEADLINE_TEMPLATE.substitute(n=5, brief=brief, max_chars=max_chars)}],
            temperature=0.9,
        )
        return brief, _parse_lines(resp.choices[0].message.content or "", max_chars)

    results = await asyncio.gather(*(one(b) for b in briefs), return_exceptions=True)
    out: dict[str, list[str]] = {}
    for item in results:
        if isinstance(item, Exception):
            log.warning("headline batch item failed: %s", item)
            continue
        brief, lines = item
        out[brief] = lines
    return out
