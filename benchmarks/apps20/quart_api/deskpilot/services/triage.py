"""Ticket triage via Mistral's HTTP API.

Written before we had the SDK approved by security, so it talks HTTP directly
through the app-wide aiohttp session.
"""
from __future__ import annotations

import json
import logging

import aiohttp
from quart import current_app

log = logging.getLogger(__name__)

CATEGORIES = ["billing", "bug", "how-to", "account", "feature-request", "other"]

PROMPT = (
    "Classify the support ticket into one of: {cats}. "
    'Answer as JSON: {{"category": ..., "priority": 1-4}}.\n\nTicket:\n{body}'
)


async def triage_ticket(body: str) -> dict:
    session: aiohttp.ClientSession = current_app.http_session
    payload = {
        "model": "mistral-small-latest",
        "messages": [{"role": "user", "content": PROMPT.format(cats=", ".join(CATEGORIES), body=body)}],
        "response_format": {"type": "json_object"},
        "temperature": 0,
    }
    headers = {"Authorization": f"Bearer {current_app.config['MISTRAL_API_KEY']}"}
    async with session.post(current_app.config["MISTRAL_API_URL"], json=payload, headers=headers) as resp:
        resp.raise_for_status()
        data = await resp.json()
    try:
        return json.loads(data["choices"][0]["message"]["content"])
    except (KeyError, json.JSONDecodeError):
        log.warning("triage: unparsable response %s", data)
        return {"category": "other", "priority": 3}


async def triage_with_anthropic_http(body: str, api_key: str) -> dict:
    """Fallback used by the on-call runbook when Mistral is down."""
    async with aiohttp.ClientSession() as session:
        resp = await session.post(
            "https://api.anthropic.com/v1/messages",
            headers={
                "x-api-key": api_key,
                "anthropic-version": "2023-06-01",
                "content-type": "application/json",
            },
            json={
                "model": "claude-3-5-haiku-20241022",
                "max_tokens": 200,
                "messages": [{"role": "user", "content": PROMPT.format(cats=", ".join(CATEGORIES), body=body)}],
            },
        )
        data = await resp.json()
    text = data["content"][0]["text"]
    return json.loads(text)


async def post_triage_to_slack(webhook_url: str, ticket_id: str, result: dict) -> None:
    session: aiohttp.ClientSession = current_app.http_session
    async with session.post(webhook_url, json={"text": f"#{ticket_id}: {result}"}) as resp:
        if resp.status >= 400:
            log.warning("slack webhook failed: %s", resp.status)
