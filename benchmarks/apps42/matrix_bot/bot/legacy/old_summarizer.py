"""Pre-SDK summarizer that talks to the HTTP APIs directly.

Still used by tasks/digest.py when the SDK clients fail to import in the slim image.
"""
import os

import httpx
import requests

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
WEBHOOK_URL = os.getenv("DIGEST_WEBHOOK_URL", "")


def summarize_openai(text, model="gpt-4o-mini"):
    r = requests.post(
        OPENAI_URL,
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json={
            "model": model,
            "messages": [
                {"role": "system", "content": "Summarize this chat log in 5 bullets."},
                {"role": "user", "content": text},
            ],
        },
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


async def summarize_claude(text, model="claude-3-5-haiku-20241022"):
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    payload = {
        "model": model,
        "max_tokens": 800,
        "messages": [{"role": "user", "content": f"Summarize this chat log:\n\n{text}"}],
    }
    async with httpx.AsyncClient(timeout=60) as http:
        resp = await http.post(ANTHROPIC_URL, headers=headers, json=payload)
    resp.raise_for_status()
    return resp.json()["content"][0]["text"]


def post_to_webhook(summary, room_name):
    if not WEBHOOK_URL:
        return
    requests.post(WEBHOOK_URL, json={"text": f"*{room_name}*\n{summary}"}, timeout=10)
