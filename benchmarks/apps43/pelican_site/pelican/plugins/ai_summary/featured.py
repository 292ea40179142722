"""Longer "editor's pick" blurbs for articles with ``Featured: true``.

Written by Priya during the 2024 redesign; it builds its own clients instead
of using llm_common because it needed streaming and the Gemini async API
before the factories supported them.  Not wired into register() yet - run via
``invoke featured``.
"""
from __future__ import annotations

import asyncio
import logging
import os

from google import genai
from google.genai import types
from openai import OpenAI

log = logging.getLogger(__name__)

BLURB_PROMPT = (
    "Write a warm two-sentence teaser for the homepage 'Editor's pick' slot. "
    "Title: {title}\n\n{text}"
)


def stream_blurb(title: str, text: str, model: str = "gpt-4o") -> str:
    client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
    pieces = []
    stream = client.chat.completions.create(
        model=model,
        stream=True,
        messages=[{"role": "user", "content": BLURB_PROMPT.format(title=title, text=text)}],
    )
    for event in stream:
        delta = event.choices[0].delta.content if event.choices else None
        if delta:
            pieces.append(delta)
    return "".join(pieces).strip()


async def _gemini_blurbs(items: list[tuple[str, str]], model: str) -> list[str]:
    client = genai.Client()
    config = types.GenerateContentConfig(temperature=0.8, max_output_tokens=200)

    async def one(title: str, text: str) -> str:
        resp = await client.aio.models.generate_content(
            model=model,
            contents=BLURB_PROMPT.format(title=title, text=text),
            config=config,
        )
        return resp.text.strip()

    return await asyncio.gather(*(one(t, x) for t, x in items))


def gemini_blurbs(items, model: str = "gemini-2.0-flash") -> list[str]:
    return asyncio.run(_gemini_blurbs(items, model))


def featured_articles(articles):
    return [a for a in articles if str(a.metadata.get("featured", "")).lower() in ("true", "yes", "1")]
