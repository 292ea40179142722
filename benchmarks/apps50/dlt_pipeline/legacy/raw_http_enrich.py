"""HTTP-only enrichment from before we were allowed to add SDK dependencies
to the Airflow image. Still used by `scripts/relabel_month.py`.
"""
from __future__ import annotations

import os

import httpx
import requests

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
OPENAI_BASE = os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1")


def claude_summary(text: str) -> str:
    resp = requests.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": os.environ["ANTHROPIC_API_KEY"],
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={
            "model": "claude-3-haiku-20240307",
            "max_tokens": 200,
            "messages": [{"role": "user", "content": f"Summarise:\n\n{text}"}],
        },
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["content"][0]["text"]


def embed(texts: list[str]) -> list[list[float]]:
    with httpx.Client(base_url=OPENAI_BASE, timeout=60) as http:
        r = http.post(
            "/embeddings",
            headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
            json={"model": "text-embedding-ada-002", "input": texts},
        )
        r.raise_for_status()
        return [d["embedding"] for d in r.json()["data"]]


def post_result(callback_url: str, payload: dict) -> None:
    # internal callback to the ticket router, not an LLM
    requests.post(callback_url, json=payload, timeout=10)
