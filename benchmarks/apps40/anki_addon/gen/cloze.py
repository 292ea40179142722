"""Cloze generation with Gemini."""
from __future__ import annotations

import asyncio
import re
from typing import List

from google.genai import types

from ..core import get_gemini_client, prompts
from ..core.config import get

CLOZE_RE = re.compile(r"\{\{c\d+::.+?\}\}")


def _model() -> str:
    return get("gemini_model", "gemini-2.0-flash")


def make_clozes(text: str, count: int = 3) -> List[str]:
    gemini = get_gemini_client()
    response = gemini.models.generate_content(
        model=_model(),
        contents=prompts.CLOZE_FROM_TEXT.format(text=text, count=count),
        config=types.GenerateContentConfig(temperature=0.2),
    )
    lines = [ln.strip() for ln in (response.text or "").splitlines()]
    return [ln for ln in lines if CLOZE_RE.search(ln)]


def stream_clozes(text: str, count: int = 3):
    for chunk in get_gemini_client().models.generate_content_stream(
        model=_model(),
        contents=prompts.CLOZE_FROM_TEXT.format(text=text, count=count),
    ):
        if chunk.text:
            yield chunk.text


async def _one(client, text: str) -> List[str]:
    resp = await client.aio.models.generate_content(
        model=_model(),
        contents=prompts.CLOZE_FROM_TEXT.format(text=text, count=1),
    )
    return [ln for ln in (resp.text or "").splitlines() if CLOZE_RE.search(ln)]


def make_clozes_bulk(texts: List[str]) -> List[List[str]]:
    """Used by the browser action: one request per selected note, concurrently."""
    client = get_gemini_client()

    async def run():
        return await asyncio.gather(*(_one(client, t) for t in texts))

    return asyncio.run(run())


def renumber(clozes: List[str]) -> str:
    out = []
    for i, cloze in enumerate(clozes, start=1):
        out.append(re.sub(r"\{\{c\d+::", "{{c%d::" % i, cloze))
    return "<br>".join(out)
