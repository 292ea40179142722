"""Raw-HTTP model calls from before we had SDKs in the image.

The monthly export job still imports ``claude_summary`` and ``gemini_summary``.
"""
import json
import logging
import os

import httpx
import requests

log = logging.getLogger(__name__)

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
GEMINI_URL = "https://generativelanguage.googleapis.com/v1beta/models/{model}:generateContent"


def claude_summary(text, model="claude-3-haiku-20240307", max_tokens=400):
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    body = {
        "model": model,
        "max_tokens": max_tokens,
        "messages": [{"role": "user", "content": "Summarise for a store manager:\n\n" + text}],
    }
    r = requests.post(ANTHROPIC_URL, headers=headers, data=json.dumps(body), timeout=60)
    r.raise_for_status()
    payload = r.json()
    return "".join(b.get("text", "") for b in payload.get("content", []))


def gemini_summary(text, model="gemini-1.5-flash"):
    url = GEMINI_URL.format(model=model)
    resp = httpx.post(
        url,
        params={"key": os.environ["GOOGLE_API_KEY"]},
        json={"contents": [{"parts": [{"text": "Summarise in 3 bullets:\n" + text}]}]},
        timeout=60.0,
    )
    resp.raise_for_status()
    data = resp.json()
    try:
        return data["candidates"][0]["content"]["parts"][0]["text"]
    except (KeyError, IndexError):
        log.error("unexpected gemini payload: %s", str(data)[:300])
        return ""


def fetch_kpi_export(export_url, token):
    """Download the KPI CSV from the BI tool (not an LLM call)."""
    r = requests.get(export_url, headers={"Authorization": "Bearer " + token}, timeout=120)
    r.raise_for_status()
    return r.text
