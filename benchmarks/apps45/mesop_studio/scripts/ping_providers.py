#!/usr/bin/env python
"""Raw HTTP health check, for when the SDKs themselves are the suspect.

Used during the Mistral SDK upgrade; kept around because it is handy.
"""

import os
import sys

import httpx
import requests

MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"
DEEPSEEK_URL = "https://api.deepseek.com/chat/completions"


def ping_mistral() -> str:
    r = requests.post(
        MISTRAL_URL,
        headers={"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"},
        json={
            "model": "mistral-small-latest",
            "messages": [{"role": "user", "content": "ping"}],
            "max_tokens": 5,
        },
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def ping_deepseek() -> str:
    with httpx.Client(timeout=20) as http:
        r = http.post(
            DEEPSEEK_URL,
            headers={"Authorization": f"Bearer {os.environ['DEEPSEEK_API_KEY']}"},
            json={"model": "deepseek-chat", "messages": [{"role": "user", "content": "ping"}],
                  "max_tokens": 5},
        )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def status_page() -> int:
    # not an LLM call: the public status page
    return requests.get("https://status.mistral.ai/api/v2/status.json", timeout=10).status_code


if __name__ == "__main__":
    for name, fn in (("mistral", ping_mistral), ("deepseek", ping_deepseek)):
        try:
            print(name, fn())
        except Exception as exc:  # noqa: BLE001
            print(name, "FAILED", exc, file=sys.stderr)
