"""Non-blocking Anthropic access through treq.

The SDK clients block, so steps had to use deferToThread.  Pawel wrote this
so the reporter can call the Messages API straight from the reactor.
"""
import json
import os

import treq
from twisted.internet import defer

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
ANTHROPIC_VERSION = "2023-06-01"


def _headers():
    return {
        b"x-api-key": os.environ.get("ANTHROPIC_API_KEY", "").encode(),
        b"anthropic-version": ANTHROPIC_VERSION.encode(),
        b"content-type": b"application/json",
    }


@defer.inlineCallbacks
def messages(system, user, model="claude-3-5-haiku-20241022", max_tokens=600):
    payload = {
        "model": model,
        "max_tokens": max_tokens,
        "system": system,
        "messages": [{"role": "user", "content": user}],
    }
    resp = yield treq.post(
        ANTHROPIC_URL,
        data=json.dumps(payload).encode("utf-8"),
        headers=_headers(),
        timeout=90,
    )
    if resp.code != 200:
        text = yield resp.text()
        raise RuntimeError(f"anthropic HTTP {resp.code}: {text[:300]}")
    body = yield resp.json()
    defer.returnValue("".join(b.get("text", "") for b in body.get("content", [])))


@defer.inlineCallbacks
def list_models():
    """GET only; used by the health check."""
    resp = yield treq.get("https://api.anthropic.com/v1/models", headers=_headers(), timeout=10)
    body = yield resp.json()
    defer.returnValue([m["id"] for m in body.get("data", [])])
