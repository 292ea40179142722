"""Court docket summaries.

Written before we had the SDKs pinned; talks to the Messages API over aiohttp directly.
"""
import logging
import os

import aiohttp

log = logging.getLogger(__name__)

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
MODEL = "claude-3-5-haiku-20241022"


async def summarize_docket(entries, case_caption, session=None):
    own_session = session is None
    session = session or aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=90))
    payload = {
        "model": MODEL,
        "max_tokens": 1024,
        "system": "You summarize US court dockets for litigators. Highlight deadlines and orders.",
        "messages": [
            {
                "role": "user",
                "content": f"Case: {case_caption}\n\nDocket entries:\n" + "\n".join(entries[-200:]),
            }
        ],
    }
    headers = {
        "x-api-key": os.environ.get("ANTHROPIC_API_KEY", ""),
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    try:
        async with session.post(ANTHROPIC_URL, json=payload, headers=headers) as resp:
            if resp.status != 200:
                log.error("docket summary failed: %s %s", resp.status, await resp.text())
                return None
            data = await resp.json()
            return "".join(b.get("text", "") for b in data.get("content", []))
    finally:
        if own_session:
            await session.close()


async def fetch_docket(session, pacer_url):
    """GET from our PACER proxy; not an LLM call."""
    async with session.get(pacer_url) as resp:
        resp.raise_for_status()
        data = await resp.json()
    return [e["text"] for e in data.get("entries", [])]
