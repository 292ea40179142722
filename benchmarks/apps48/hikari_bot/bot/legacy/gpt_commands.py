"""Legacy v0.x command helpers.

Kept because the `!gpt` prefix command and the old embedding export still use
them.  New code: use multi_model_service.  (see #142 for the migration plan)
"""
from __future__ import annotations

import asyncio
import logging
import os

import openai

from bot.llm.clients import get_sync_openai, make_sync_anthropic

log = logging.getLogger(__name__)

openai.api_key = os.getenv("OPENAI_API_KEY")

LEGACY_MODEL = "gpt-3.5-turbo"


async def legacy_gpt(prompt: str, history: list[dict[str, str]] | None = None) -> str:
    messages = [{"role": "system", "content": "You are a helpful Discord bot."}]
    messages.extend(history or [])
    messages.append({"role": "user", "content": prompt})
    resp = await asyncio.to_thread(
        openai.chat.completions.create,
        model=LEGACY_MODEL,
        messages=messages,
        max_tokens=500,
    )
    return resp.choices[0].message.content


def embed_texts(texts: list[str]) -> list[list[float]]:
    """Used by the old export job (scripts/export_embeddings_v1.py, now deleted)."""
    client = get_sync_openai()
    out: list[list[float]] = []
    for i in range(0, len(texts), 100):
        resp = client.embeddings.create(model="text-embedding-3-small", input=texts[i : i + 100])
        out.extend(d.embedding for d in resp.data)
    return out


def claude_complete_blocking(prompt: str, model: str = "claude-3-haiku-20240307") -> str:
    # called via loop.run_in_executor from the old prefix handler
    client = make_sync_anthropic()
    msg = client.messages.create(model=model, max_tokens=512, messages=[{"role": "user", "content": prompt}])
    return msg.content[0].text


async def legacy_claude(prompt: str) -> str:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, claude_complete_blocking, prompt)
