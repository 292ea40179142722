"""Raw HTTP calls from before we pinned SDK versions (the old container had no wheels).

Still imported by the slash-command server; do not add new callers.
"""
import os

import httpx
import requests

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
GEMINI_URL = "https://generativelanguage.googleapis.com/v1beta/models/{model}:generateContent"


def claude_complete(prompt, model="claude-3-haiku-20240307", max_tokens=512):
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    payload = {"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]}
    r = requests.post(ANTHROPIC_URL, headers=headers, json=payload, timeout=60)
    r.raise_for_status()
    return r.json()["content"][0]["text"]


async def gemini_complete(prompt, model="gemini-1.5-flash"):
    url = GEMINI_URL.format(model=model)
    async with httpx.AsyncClient(timeout=60) as http:
        r = await http.post(
            url,
            params={"key": os.environ["GEMINI_API_KEY"]},
            json={"contents": [{"parts": [{"text": prompt}]}]},
        )
    r.raise_for_status()
    return r.json()["candidates"][0]["content"]["parts"][0]["text"]


def post_to_mattermost_hook(hook_url, text):
    """Incoming webhook to Mattermost itself (not an LLM call)."""
    return requests.post(hook_url, json={"text": text}, timeout=10)
