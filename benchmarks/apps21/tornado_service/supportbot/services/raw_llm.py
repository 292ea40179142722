"""Raw HTTP access to model APIs.

Used as a fallback when an SDK release is broken, and for the one endpoint
(Anthropic prompt-caching beta) we adopted before the SDK supported it.
"""
import json
import logging
import os

import httpx
from tornado.httpclient import AsyncHTTPClient, HTTPRequest

log = logging.getLogger(__name__)

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
OPENAI_CHAT_URL = "https://api.openai.com/v1/chat/completions"


def _anthropic_headers():
    return {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "anthropic-beta": "prompt-caching-2024-07-31",
        "content-type": "application/json",
    }


async def anthropic_cached_completion(system_blocks, messages, model, max_tokens=700,
                                      http_client=None):
    client = http_client or AsyncHTTPClient()
    body = {
        "model": model,
        "max_tokens": max_tokens,
        "system": system_blocks,
        "messages": messages,
    }
    request = HTTPRequest(
        ANTHROPIC_URL,
        method="POST",
        headers=_anthropic_headers(),
        body=json.dumps(body),
        request_timeout=60,
    )
    response = await client.fetch(request, raise_error=True)
    payload = json.loads(response.body)
    return payload["content"][0]["text"], payload.get("usage", {})


async def openai_chat_fallback(messages, model="gpt-4o-mini", timeout=30.0):
    async with httpx.AsyncClient(timeout=timeout) as client:
        resp = await client.post(
            OPENAI_CHAT_URL,
            headers={"Authorization": "Bearer %s" % os.environ["OPENAI_API_KEY"]},
            json={"model": model, "messages": messages},
        )
        resp.raise_for_status()
        data = resp.json()
    return data["choices"][0]["message"]["content"]


async def provider_status(http_client=None):
    """GET the public status pages; no model requests."""
    client = http_client or AsyncHTTPClient()
    out = {}
    for name, url in (("openai", "https://status.openai.com/api/v2/status.json"),
                      ("anthropic", "https://status.anthropic.com/api/v2/status.json")):
        try:
            resp = await client.fetch(url, request_timeout=5)
            out[name] = json.loads(resp.body)["status"]["indicator"]
        except Exception as exc:  # noqa: BLE001
            out[name] = "unknown (%s)" % exc.__class__.__name__
    return out
