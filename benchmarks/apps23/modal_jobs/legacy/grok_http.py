"""First Grok integration, before we noticed the OpenAI SDK works with base_url.

Only `teaser()` is still used, by the newsletter team from a notebook.
"""
import os

import httpx

XAI_URL = "https://api.x.ai/v1/chat/completions"


def teaser(title: str, summary: str, model: str = "grok-2-1212") -> str:
    r = httpx.post(
        XAI_URL,
        headers={"Authorization": f"Bearer {os.environ['XAI_API_KEY']}"},
        json={
            "model": model,
            "messages": [
                {"role": "system", "content": "Write a one-line newsletter teaser. No emojis."},
                {"role": "user", "content": f"{title}\n\n{summary}"},
            ],
            "max_tokens": 60,
        },
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"].strip()
