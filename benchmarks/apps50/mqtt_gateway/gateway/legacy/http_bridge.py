"""HTTP bridge used by the old Node-RED flow.

Node-RED publishes on ``legacy/llm/request`` and expects replies on
``legacy/llm/reply``.  We talk to the vendors over plain HTTP here because
this predates the SDK clients.
"""
from __future__ import annotations

import json
import logging
import os
from typing import Any

import httpx
import paho.mqtt.client as mqtt

log = logging.getLogger(__name__)

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
XAI_URL = "https://api.x.ai/v1/chat/completions"

_http = httpx.Client(timeout=httpx.Timeout(30.0, connect=5.0))


def _anthropic(prompt: str) -> str:
    resp = _http.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": os.environ.get("ANTHROPIC_API_KEY", ""),
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={
            "model": "claude-3-haiku-20240307",
            "max_tokens": 400,
            "messages": [{"role": "user", "content": prompt}],
        },
    )
    resp.raise_for_status()
    return resp.json()["content"][0]["text"]


async def _grok(prompt: str) -> str:
    async with httpx.AsyncClient(timeout=30.0) as http:
        resp = await http.post(
            XAI_URL,
            headers={"Authorization": f"Bearer {os.environ.get('XAI_API_KEY', '')}"},
            json={"model": "grok-2-latest", "messages": [{"role": "user", "content": prompt}]},
        )
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]


def on_legacy_request(client: mqtt.Client, userdata: Any, msg: mqtt.MQTTMessage) -> None:
    req = json.loads(msg.payload)
    try:
        text = _anthropic(req["prompt"])
    except httpx.HTTPError as exc:
        log.error("legacy bridge failed: %s", exc)
        text = ""
    client.publish("legacy/llm/reply", json.dumps({"id": req.get("id"), "text": text}))


def notify_webhook(url: str, payload: dict[str, Any]) -> None:
    """Posts incident notices to the site's Teams webhook (not an LLM)."""
    r = _http.post(url, json=payload)
    if r.status_code >= 400:
        log.warning("webhook %s returned %s", url, r.status_code)


def attach(client: mqtt.Client) -> None:
    client.message_callback_add("legacy/llm/request", on_legacy_request)
    client.subscribe("legacy/llm/request", qos=1)
