"""Direct HTTP calls, from before we standardised on the SDKs.

The escalation bot still imports these because it runs in a slim container
without the SDKs installed.
"""

from __future__ import annotations

import os

import httpx
import requests

DEEPSEEK_URL = "https://api.deepseek.com/chat/completions"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
VOYAGE_URL = "https://api.voyageai.com/v1/embeddings"


def deepseek_chat(prompt: str, model: str = "deepseek-chat", timeout: float = 60) -> str:
    r = requests.post(
        DEEPSEEK_URL,
        headers={"Authorization": f"Bearer {os.environ['DEEPSEEK_API_KEY']}"},
        json={"model": model, "messages": [{"role": "user", "content": prompt}]},
        timeout=timeout,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


async def claude_escalation_summary(thread: str) -> str:
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    payload = {
        "model": "claude-3-5-haiku-latest",
        "max_tokens": 400,
        "messages": [{"role": "user", "content": f"Summarise for escalation:\n{thread}"}],
    }
    async with httpx.AsyncClient(timeout=60) as http:
        resp = await http.post(ANTHROPIC_URL, headers=headers, json=payload)
        resp.raise_for_status()
        return resp.json()["content"][0]["text"]


def voyage_embed(texts: list[str]) -> list[list[float]]:
    r = requests.post(
        VOYAGE_URL,
        headers={"Authorization": f"Bearer {os.environ['VOYAGE_API_KEY']}"},
        json={"input": texts, "model": "voyage-3"},
        timeout=30,
    )
    r.raise_for_status()
    return [d["embedding"] for d in r.json()["data"]]


def notify_slack(text: str) -> None:
    """Not an LLM call: posts the escalation summary to Slack."""
    requests.post(os.environ["SLACK_WEBHOOK_URL"], json={"text": text}, timeout=10)
