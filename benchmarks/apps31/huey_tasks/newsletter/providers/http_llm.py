"""Raw HTTP access to the Anthropic Messages API.

Predates the SDK pin; kept because the SDK's retry behaviour clashed with
huey retries. Uses httpx directly.
"""
import logging

import httpx

from newsletter.config import settings

log = logging.getLogger(__name__)

ANTHROPIC_VERSION = "2023-06-01"
MESSAGES_PATH = "/v1/messages"


class HttpLLMError(RuntimeError):
    pass


def _headers():
    return {
        "x-api-key": settings.anthropic_api_key,
        "anthropic-version": ANTHROPIC_VERSION,
        "content-type": "application/json",
    }


def post_message(prompt, model="claude-3-5-haiku-latest", max_tokens=400, timeout=45.0):
    payload = {
        "model": model,
        "max_tokens": max_tokens,
        "messages": [{"role": "user", "content": prompt}],
    }
    resp = httpx.post(
        f"{settings.llm_http_base}{MESSAGES_PATH}",
        json=payload,
        headers=_headers(),
        timeout=timeout,
    )
    if resp.status_code >= 400:
        raise HttpLLMError(f"{resp.status_code}: {resp.text[:200]}")
    data = resp.json()
    return data["content"][0]["text"], data.get("usage", {})


class HttpMessagesClient:
    """Pooled variant for the bulk translation job."""

    def __init__(self, base_url=None, timeout=60.0):
        self._http = httpx.Client(
            base_url=base_url or settings.llm_http_base, headers=_headers(), timeout=timeout
        )

    def send(self, messages, model, max_tokens=800, system=None):
        body = {"model": model, "max_tokens": max_tokens, "messages": messages}
        if system:
            body["system"] = system
        resp = self._http.post(MESSAGES_PATH, json=body)
        resp.raise_for_status()
        return resp.json()

    def ping(self):
        # GET on the models endpoint: cheap liveness check, not billed
        return self._http.get("/v1/models").status_code == 200

    def close(self):
        self._http.close()
