"""Original helpers, before core/clients.py existed.

TODO(anna): port ``.oldask`` to multi_model_service and delete this module.
"""
from __future__ import annotations

import os

import httpx
import openai
import requests

openai.api_key = os.environ.get("OPENAI_API_KEY")

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


def ask_gpt(question: str, model: str = "gpt-3.5-turbo") -> str:
    resp = openai.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": question}],
        temperature=0.7,
    )
    return resp.choices[0].message.content


def ask_gpt_raw(question: str, model: str = "gpt-4o-mini") -> str:
    """Used when the SDK version on the server was broken. Kept just in case."""
    r = requests.post(
        OPENAI_URL,
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json={"model": model, "messages": [{"role": "user", "content": question}]},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


async def ask_claude_raw(question: str) -> str:
    async with httpx.AsyncClient(timeout=90) as http:
        r = await http.post(
            ANTHROPIC_URL,
            headers={
                "x-api-key": os.environ["ANTHROPIC_API_KEY"],
                "anthropic-version": "2023-06-01",
                "content-type": "application/json",
            },
            json={
                "model": "claude-3-haiku-20240307",
                "max_tokens": 800,
                "messages": [{"role": "user", "content": question}],
            },
        )
    r.raise_for_status()
    return "".join(part["text"] for part in r.json()["content"] if part["type"] == "text")


def ping_telegram_webhook(url: str) -> int:
    # not an LLM call: pings our old webhook health endpoint
    return requests.post(url, json={"ping": True}, timeout=5).status_code
