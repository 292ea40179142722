"""
Dependency-light LLM module that talks to the HTTP APIs directly.

This exists for the hardened/legacy minions where we can't install the
SDKs. Prefer ``llm.*`` / ``claude.*`` everywhere else.
"""
import logging

import requests

import salt.utils.http
import salt.utils.json

try:
    from saltext_llm.http_api import ClaudeHTTP

    HAS_CLAUDE_HTTP = True
except ImportError:
    HAS_CLAUDE_HTTP = False

log = logging.getLogger(__name__)

__virtualname__ = "llm_http"


def __virtual__():
    return __virtualname__


def _key(name):
    return __salt__["config.get"]("llm:keys:{}".format(name)) or __salt__["environ.get"](
        name.upper() + "_API_KEY"
    )


def openai_chat(prompt, model="gpt-4o-mini"):
    """
    Chat completion via ``salt.utils.http`` (honours proxy settings).
    """
    body = __utils__["llm_http.openai_chat"](
        _key("openai"), [{"role": "user", "content": prompt}], model=model
    )
    return __utils__["llm_http.extract_text"]("openai", body)


def cohere_chat(prompt, model="command-r-08-2024"):
    payload = {"model": model, "messages": [{"role": "user", "content": prompt}]}
    ret = salt.utils.http.query(
        "https://api.cohere.com/v2/chat",
        method="POST",
        header_dict={
            "Authorization": "Bearer {}".format(_key("cohere")),
            "Content-Type": "application/json",
        },
        data=salt.utils.json.dumps(payload),
        decode=True,
        decode_type="json",
        opts=__opts__,
    )
    return __utils__["llm_http.extract_text"]("cohere", ret.get("dict"))


def claude(prompt, model="claude-3-5-haiku-latest"):
    if not HAS_CLAUDE_HTTP:
        r = requests.post(
            "https://api.anthropic.com/v1/messages",
            headers={
                "x-api-key": _key("anthropic"),
                "anthropic-version": "2023-06-01",
            },
            json={
                "model": model,
                "max_tokens": 512,
                "messages": [{"role": "user", "content": prompt}],
            },
            timeout=60,
        )
        r.raise_for_status()
        return r.json()["content"][0]["text"]
    api = ClaudeHTTP(api_key=_key("anthropic"))
    try:
        return api.messages(prompt, model=model)
    finally:
        api.close()


def health():
    """
    Check that the API endpoints are reachable (GET, not billed).
    """
    status = {}
    for name, url in (
        ("openai", "https://api.openai.com/v1/models"),
        ("cohere", "https://api.cohere.com/v1/models"),
    ):
        ret = __utils__["llm_http.get_json"](url, api_key=_key(name))
        status[name] = ret.get("status")
    ping = requests.get("https://status.anthropic.com/api/v2/status.json", timeout=10)
    status["anthropic"] = ping.status_code
    return status
