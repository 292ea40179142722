"""Raw HTTP calls used where the SDKs could not be installed.

The kiosk build (Python 3.8, no wheels) talks to the APIs directly.
Please do not add new callers; use multi_model_service.
"""
import json
import logging
import os

import httpx
import requests

log = logging.getLogger("helpdesk.http_fallback")

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
TOGETHER_URL = "https://api.together.xyz/v1/chat/completions"


def anthropic_quick_answer(question, model="claude-3-5-haiku-latest", timeout=30):
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    payload = {
        "model": model,
        "max_tokens": 400,
        "messages": [{"role": "user", "content": question}],
    }
    with httpx.Client(timeout=timeout) as http:
        r = http.post(ANTHROPIC_URL, headers=headers, json=payload)
        r.raise_for_status()
        data = r.json()
    return "".join(part.get("text", "") for part in data.get("content", []))


def together_quick_classify(text, model="meta-llama/Llama-3.2-3B-Instruct-Turbo"):
    r = requests.post(
        TOGETHER_URL,
        headers={"Authorization": "Bearer %s" % os.environ["TOGETHER_API_KEY"]},
        data=json.dumps(
            {
                "model": model,
                "messages": [
                    {"role": "system", "content": "Reply with P1, P2, P3 or P4 only."},
                    {"role": "user", "content": text[:3000]},
                ],
                "max_tokens": 4,
            }
        ),
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"].strip()


def post_webhook(url, payload):
    """Notify the ops channel. Not an LLM call."""
    r = requests.post(url, json=payload, timeout=5)
    if r.status_code >= 400:
        log.warning("webhook %s failed: %s", url, r.status_code)
    return r.ok
