"""Raw-HTTP completion client written before we pinned the openai SDK.

Still used by the PB bridge and the nightly digest. Uses treq so it stays
non-blocking on the reactor.
"""
import json

import treq
from twisted.internet import defer

from gateway.config import ANTHROPIC_API_BASE, OPENAI_API_BASE, get_settings


class UpstreamError(Exception):
    def __init__(self, status, body):
        Exception.__init__(self, "upstream %s: %s" % (status, body[:200]))
        self.status = status


def _headers_openai():
    return {b"Authorization": [("Bearer " + get_settings().openai_api_key).encode()],
            b"Content-Type": [b"application/json"]}


def _check(response):
    if response.code >= 400:
        d = treq.text_content(response)
        d.addCallback(lambda body: defer.fail(UpstreamError(response.code, body)))
        return d
    return treq.json_content(response)


def chat_completion(messages, model="gpt-4o-mini", **params):
    payload = dict(model=model, messages=messages, **params)
    d = treq.post(OPENAI_API_BASE + "/chat/completions",
                  data=json.dumps(payload).encode("utf-8"),
                  headers=_headers_openai(), timeout=60)
    d.addCallback(_check)
    d.addCallback(lambda body: body["choices"][0]["message"]["content"])
    return d


@defer.inlineCallbacks
def claude_completion(prompt, model="claude-3-haiku-20240307", max_tokens=1024):
    headers = {
        b"x-api-key": [get_settings().anthropic_api_key.encode()],
        b"anthropic-version": [b"2023-06-01"],
        b"content-type": [b"application/json"],
    }
    response = yield treq.post(
        ANTHROPIC_API_BASE + "/messages",
        json={"model": model, "max_tokens": max_tokens,
              "messages": [{"role": "user", "content": prompt}]},
        headers=headers,
    )
    body = yield _check(response)
    defer.returnValue(body["content"][0]["text"])


def get_status():
    """Vendor status page ping -- plain GET, not a model call."""
    return treq.get("https://status.openai.com/api/v2/status.json")


async def groq_chat_raw(messages, model="llama-3.1-8b-instant", max_tokens=512):
    """Groq via plain HTTP; used by the PB bridge while the groq SDK rollout was pending."""
    from gateway.config import GROQ_BASE_URL
    response = await treq.post(
        GROQ_BASE_URL + "/chat/completions",
        json={"model": model, "messages": messages, "max_tokens": max_tokens},
        headers={b"Authorization": [("Bearer " + get_settings().groq_api_key).encode()]},
        timeout=30,
    )
    body = await _check(response)
    return body["choices"][0]["message"]["content"]


def list_remote_models():
    """GET /models -- not billed."""
    d = treq.get(OPENAI_API_BASE + "/models", headers=_headers_openai())
    d.addCallback(treq.json_content)
    d.addCallback(lambda body: [m["id"] for m in body.get("data", [])])
    return d
