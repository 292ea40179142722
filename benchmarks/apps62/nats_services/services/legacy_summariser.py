"""v0 summariser, before we had the SDKs wired in.

Still subscribed on ``legacy.summarise`` for the two tenants on the old mobile app.
Do not add features here.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os

import aiohttp
import httpx
import nats

log = logging.getLogger(__name__)

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
TOGETHER_URL = "https://api.together.xyz/v1/chat/completions"


async def _anthropic_summary(session: aiohttp.ClientSession, text: str) -> str:
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    body = {
        "model": "claude-3-haiku-20240307",
        "max_tokens": 512,
        "messages": [{"role": "user", "content": f"Summarise:\n\n{text}"}],
    }
    async with session.post(ANTHROPIC_URL, json=body, headers=headers) as r:
        r.raise_for_status()
        data = await r.json()
    return data["content"][0]["text"]


async def _together_summary(text: str) -> str:
    async with httpx.AsyncClient(timeout=30) as http:
        r = await http.post(
            TOGETHER_URL,
            headers={"Authorization": f"Bearer {os.environ['TOGETHER_API_KEY']}"},
            json={
                "model": "mistralai/Mixtral-8x7B-Instruct-v0.1",
                "messages": [{"role": "user", "content": f"Summarise:\n\n{text}"}],
                "max_tokens": 512,
            },
        )
        r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


async def main() -> None:
    nc = await nats.connect(servers=os.environ.get("NATS_URL", "nats://localhost:4222").split(","))
    session = aiohttp.ClientSession()

    async def handler(msg):
        req = json.loads(msg.data)
        try:
            summary = await _anthropic_summary(session, req["text"])
        except aiohttp.ClientError:
            log.warning("anthropic failed, trying together")
            summary = await _together_summary(req["text"])
        await msg.respond(json.dumps({"summary": summary}).encode())

    await nc.subscribe("legacy.summarise", queue="legacy", cb=handler)
    try:
        await asyncio.Event().wait()
    finally:
        await session.close()
        await nc.drain()


if __name__ == "__main__":
    asyncio.run(main())
