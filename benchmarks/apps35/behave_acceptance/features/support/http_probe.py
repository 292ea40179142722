"""Raw HTTP probes: checks the gateway/provider endpoints without SDKs.

Used by @smoke scenarios so that an SDK regression can't hide a provider outage.
"""
from __future__ import annotations

import os

import httpx
import requests

GROQ_URL = "https://api.groq.com/openai/v1/chat/completions"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
STATUS_URL = "https://status.helix.internal/api/v2/status.json"


def probe_groq(prompt: str = "Say OK", model: str = "llama-3.1-8b-instant") -> dict:
    resp = requests.post(
        GROQ_URL,
        headers={"Authorization": f"Bearer {os.environ['GROQ_API_KEY']}"},
        json={"model": model, "messages": [{"role": "user", "content": prompt}], "max_tokens": 4},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()


async def probe_anthropic(prompt: str = "Say OK") -> dict:
    async with httpx.AsyncClient(timeout=15) as http:
        resp = await http.post(
            ANTHROPIC_URL,
            headers={
                "x-api-key": os.environ["ANTHROPIC_API_KEY"],
                "anthropic-version": "2023-06-01",
            },
            json={
                "model": "claude-3-haiku-20240307",
                "max_tokens": 4,
                "messages": [{"role": "user", "content": prompt}],
            },
        )
    resp.raise_for_status()
    return resp.json()


def status_page_ok() -> bool:
    resp = requests.get(STATUS_URL, timeout=5)
    return resp.ok and resp.json().get("status", {}).get("indicator") == "none"


def post_results(run_id: str, results: list[dict]) -> None:
    requests.post(
        f"https://qa-dashboard.helix.internal/api/runs/{run_id}/results",
        json={"results": results},
        timeout=10,
    )
