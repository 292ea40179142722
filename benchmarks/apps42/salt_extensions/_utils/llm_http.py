"""
Raw HTTP helpers for LLM endpoints that do not have (or do not need) an SDK
on the minion. Some of our hardened minions only ship ``requests``.

Loaded as ``__utils__["llm_http.<fn>"]``.
"""
import logging

import salt.utils.http
import salt.utils.json

log = logging.getLogger(__name__)

__virtualname__ = "llm_http"

OPENAI_CHAT_URL = "https://api.openai.com/v1/chat/completions"
ANTHROPIC_MESSAGES_URL = "https://api.anthropic.com/v1/messages"
COHERE_CHAT_URL = "https://api.cohere.com/v2/chat"


def __virtual__():
    return __virtualname__


def _headers(api_key, provider="openai"):
    if provider == "anthropic":
        return {
            "x-api-key": api_key,
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        }
    return {
        "Authorization": "Bearer {}".format(api_key),
        "Content-Type": "application/json",
    }


def openai_chat(api_key, messages, model="gpt-4o-mini", max_tokens=512, timeout=60):
    """
    POST a chat completion to the OpenAI REST API using Salt's HTTP layer
    (respects the minion's proxy and CA bundle settings).
    """
    payload = {"model": model, "messages": messages, "max_tokens": max_tokens}
    result = salt.utils.http.query(
        OPENAI_CHAT_URL,
        method="POST",
        header_dict=_headers(api_key),
        data=salt.utils.json.dumps(payload),
        decode=True,
        decode_type="json",
        status=True,
        timeout=timeout,
        opts=__opts__,
    )
    if result.get("status") != 200:
        log.error("llm_http: OpenAI returned %s: %s", result.get("status"), result.get("error"))
        return None
    return result["dict"]


def get_json(url, api_key=None, timeout=30):
    """
    Plain GET helper, used for health endpoints.
    """
    headers = _headers(api_key) if api_key else {}
    return salt.utils.http.query(
        url,
        method="GET",
        header_dict=headers,
        decode=True,
        decode_type="json",
        status=True,
        timeout=timeout,
        opts=__opts__,
    )


def extract_text(provider, body):
    if not body:
        return ""
    if provider == "openai":
        return body["choices"][0]["message"]["content"]
    if provider == "anthropic":
        return "".join(b.get("text", "") for b in body.get("content", []))
    if provider == "cohere":
        return "".join(c.get("text", "") for c in body["message"]["content"])
    raise ValueError(provider)
