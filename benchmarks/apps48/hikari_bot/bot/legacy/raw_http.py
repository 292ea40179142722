"""Raw HTTP fallbacks.

These predate the SDK clients; the aiohttp one is still used by the prefix
command because it shares the bot's session.  Don't add new callers.
"""
from __future__ import annotations

import logging
import os

import aiohttp
import httpx

from bot.legacy import endpoints

log = logging.getLogger(__name__)

ANTHROPIC_VERSION = "2023-06-01"


async def claude_via_http(session: aiohttp.ClientSession, prompt: str, model: str) -> str:
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": ANTHROPIC_VERSION,
        "content-type": "application/json",
    }
    body = {"model": model, "max_tokens": 800, "messages": [{"role": "user", "content": prompt}]}
    async with session.post("https://api.anthropic.com/v1/messages", json=body, headers=headers) as resp:
        resp.raise_for_status()
        data = await resp.json()
    return "".join(block.get("text", "") for block in data.get("content", []))


async def groq_via_http(prompt: str, model: str = "llama-3.1-8b-instant") -> str:
    async with httpx.AsyncClient(timeout=30) as client:
        r = await client.post(
            "https://api.groq.com/openai/v1/chat/completions",
            headers={"Authorization": f"Bearer {os.environ['GROQ_API_KEY']}"},
            json={"model": model, "messages": [{"role": "user", "content": prompt}]},
        )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def gemini_via_http(prompt: str, model: str = "gemini-1.5-flash") -> str:
    url = endpoints.GEMINI_GENERATE_URL.format(model=model)
    r = httpx.post(
        url,
        params={"key": os.environ["GEMINI_API_KEY"]},
        json={"contents": [{"parts": [{"text": prompt}]}]},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["candidates"][0]["content"]["parts"][0]["text"]


def cohere_tokenize_http(text: str, model: str = "command-r-plus-08-2024") -> list[int]:
    r = httpx.post(
        endpoints.COHERE_TOKENIZE_URL,
        headers={"Authorization": f"Bearer {os.environ['COHERE_API_KEY']}"},
        json={"text": text, "model": model},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["tokens"]


async def post_webhook(session: aiohttp.ClientSession, url: str, content: str) -> None:
    """Discord webhook -- not an LLM call."""
    async with session.post(url, json={"content": content[:2000]}) as resp:
        if resp.status >= 400:
            log.warning("webhook failed: %s", resp.status)
