"""Dependency-free fallbacks (no vendored SDKs) for very old Anki builds."""
import json
import urllib.request

import requests

from ..core.config import get

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
GEMINI_URL = "https://generativelanguage.googleapis.com/v1beta/models/{model}:generateContent?key={key}"


def claude(prompt, model="claude-3-haiku-20240307", max_tokens=400):
    r = requests.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": get("anthropic_api_key"),
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["content"][0]["text"]


def gemini(prompt, model="gemini-1.5-flash"):
    url = GEMINI_URL.format(model=model, key=get("gemini_api_key"))
    body = json.dumps({"contents": [{"parts": [{"text": prompt}]}]}).encode("utf-8")
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        data = json.loads(resp.read())
    return data["candidates"][0]["content"]["parts"][0]["text"]


def check_update(current_version):
    """Not an LLM call: asks AnkiWeb-hosted JSON for the latest version."""
    r = requests.get("https://ankiweb.net/shared/info/1234567890", timeout=10)
    return r.ok and current_version
