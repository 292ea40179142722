"""Brainstorm board: fans a prompt out to several models concurrently.

Written before the factories existed; builds its own async clients.
"""
from __future__ import annotations

import asyncio
import os

from anthropic import AsyncAnthropic
from google import genai
from openai import AsyncOpenAI

from quill.engine.factories import get_async_openai_client, get_openai_client
from quill.tracking import llm_tracker

_xai = AsyncOpenAI(api_key=os.environ.get("XAI_API_KEY"), base_url="https://api.x.ai/v1")
_claude = AsyncAnthropic()


async def _ideas_openai(topic: str) -> str:
    client = get_async_openai_client()
    r = await client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": f"Ten article angles on: {topic}"}],
    )
    return r.choices[0].message.content


async def _ideas_grok(topic: str) -> str:
    r = await _xai.chat.completions.create(
        model="grok-2-latest",
        messages=[{"role": "user", "content": f"Ten contrarian takes on: {topic}"}],
    )
    return r.choices[0].message.content


async def _ideas_claude(topic: str) -> str:
    async with llm_tracker.track_llm_call(
        provider="anthropic", model="claude-3-5-haiku-latest", feature_context="brainstorm"
    ) as usage_log:
        msg = await _claude.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=600,
            messages=[{"role": "user", "content": f"Ten questions readers ask about: {topic}"}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


async def _ideas_gemini(topic: str) -> str:
    client = genai.Client()
    resp = await client.aio.models.generate_content(
        model="gemini-2.0-flash", contents=f"Ten surprising facts about: {topic}"
    )
    return resp.text


async def rank_against(draft: str, ideas: list[str]) -> list[str]:
    """Order ideas by similarity to the current draft."""
    client = get_openai_client()
    resp = await asyncio.to_thread(
        client.embeddings.create, model="text-embedding-3-small", input=[draft, *ideas]
    )
    vecs = [d.embedding for d in resp.data]
    base = vecs[0]

    def score(v):
        return sum(a * b for a, b in zip(base, v))

    order = sorted(range(len(ideas)), key=lambda i: score(vecs[i + 1]), reverse=True)
    return [ideas[i] for i in order]


async def brainstorm(topic: str) -> dict[str, str]:
    names = ["openai", "xai", "anthropic", "google"]
    results = await asyncio.gather(
        _ideas_openai(topic),
        _ideas_grok(topic),
        _ideas_claude(topic),
        _ideas_gemini(topic),
        return_exceptions=True,
    )
    return {
        name: (str(r) if isinstance(r, Exception) else r)
        for name, r in zip(names, results)
    }
