"""Major-incident status writer.

This one talks to the Anthropic REST API with plain aiohttp because the SDK
did not run on the incident-manager's Python 3.7 box when it was written.
It is now imported by the proactive digest job too.
"""

import logging
import os
from typing import List

import aiohttp

logger = logging.getLogger(__name__)

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
ANTHROPIC_VERSION = "2023-06-01"


async def draft_status_update(session: aiohttp.ClientSession, incident: dict, updates: List[str]) -> str:
    body = {
        "model": os.environ.get("INCIDENT_MODEL", "claude-3-5-haiku-20241022"),
        "max_tokens": 400,
        "system": "Write a calm, factual status update for employees about an ongoing IT incident.",
        "messages": [
            {
                "role": "user",
                "content": f"Incident {incident['number']}: {incident['short_description']}\n"
                + "\n".join(f"- {u}" for u in updates),
            }
        ],
    }
    headers = {
        "x-api-key": os.environ.get("ANTHROPIC_API_KEY", ""),
        "anthropic-version": ANTHROPIC_VERSION,
        "content-type": "application/json",
    }
    async with session.post(ANTHROPIC_URL, json=body, headers=headers, timeout=aiohttp.ClientTimeout(total=30)) as resp:
        if resp.status != 200:
            text = await resp.text()
            logger.error("status draft failed %s: %s", resp.status, text[:300])
            return ""
        data = await resp.json()
    return "".join(block.get("text", "") for block in data.get("content", []))


async def post_to_status_page(session: aiohttp.ClientSession, page_url: str, text: str) -> None:
    # internal statuspage, not an LLM
    async with session.post(page_url, json={"body": text, "source": "helpdesk-bot"}) as resp:
        resp.raise_for_status()
