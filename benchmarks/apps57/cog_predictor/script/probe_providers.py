#!/usr/bin/env python
"""On-call helper: check each provider answers a trivial request.

Deliberately uses raw HTTP so it works even when an SDK upgrade is broken.
"""
import asyncio
import os
import sys

import aiohttp
import httpx

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
VOYAGE_URL = "https://api.voyageai.com/v1/embeddings"


def probe_anthropic() -> bool:
    r = httpx.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": os.environ["ANTHROPIC_API_KEY"],
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={"model": "claude-3-5-haiku-20241022", "max_tokens": 5, "messages": [{"role": "user", "content": "ping"}]},
        timeout=20,
    )
    return r.status_code == 200


async def probe_voyage() -> bool:
    headers = {"Authorization": f"Bearer {os.environ['VOYAGE_API_KEY']}"}
    async with aiohttp.ClientSession(headers=headers) as session:
        async with session.post(VOYAGE_URL, json={"input": ["ping"], "model": "voyage-3-lite"}) as resp:
            return resp.status == 200


async def probe_replicate_status() -> bool:
    async with httpx.AsyncClient() as client:
        r = await client.get(
            "https://api.replicate.com/v1/account",
            headers={"Authorization": f"Bearer {os.environ['REPLICATE_API_TOKEN']}"},
        )
        return r.status_code == 200


def main() -> int:
    results = {
        "anthropic": probe_anthropic(),
        "voyage": asyncio.run(probe_voyage()),
        "replicate": asyncio.run(probe_replicate_status()),
    }
    for name, ok in results.items():
        print(f"{name:10s} {'OK' if ok else 'FAIL'}")
    return 0 if all(results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
