"""Pre-SDK summariser from the Plone 5.2 days (acme.aiassist 0.x).

Still used by the nightly digest script; do not extend.
"""
from acme.aiassist.settings import get_setting

import httpx
import requests


OPENAI_URL = "https://api.openai.com/v1/chat/completions"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


def summarize_text(text, max_words=80):
    headers = {
        "Authorization": "Bearer %s" % get_setting("openai_api_key"),
        "Content-Type": "application/json",
    }
    payload = {
        "model": "gpt-4o-mini",
        "messages": [
            {
                "role": "user",
                "content": "Summarise in %d words:\n\n%s" % (max_words, text),
            }
        ],
    }
    resp = requests.post(OPENAI_URL, headers=headers, json=payload, timeout=30)
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]


def headline(text):
    resp = httpx.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": get_setting("anthropic_api_key"),
            "anthropic-version": "2023-06-01",
        },
        json={
            "model": "claude-3-5-haiku-latest",
            "max_tokens": 40,
            "messages": [{"role": "user", "content": "Headline for:\n" + text}],
        },
        timeout=20.0,
    )
    resp.raise_for_status()
    return resp.json()["content"][0]["text"].strip()


def ping_webhook(url, payload):
    """Notify the newsroom Slack hook (not an LLM)."""
    return requests.post(url, json=payload, timeout=5)
