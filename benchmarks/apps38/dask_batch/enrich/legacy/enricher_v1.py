"""v1 enricher: raw HTTP against the provider APIs, one process, no retries
beyond what requests does. Kept for the backfill job until the v2 outputs are
validated for 2023 data. Do not add new callers.
"""
from __future__ import annotations

import logging
import os
import time

import httpx
import requests

log = logging.getLogger(__name__)

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
TOGETHER_URL = "https://api.together.xyz/v1/completions"

_session = requests.Session()
_session.headers.update({"Content-Type": "application/json"})


def _openai_headers() -> dict:
    return {"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"}


def categorize(title: str, model: str = "gpt-3.5-turbo") -> str:
    payload = {
        "model": model,
        "messages": [
            {"role": "system", "content": "Return a single product category."},
            {"role": "user", "content": title},
        ],
        "temperature": 0,
    }
    for attempt in range(3):
        r = _session.post(OPENAI_URL, json=payload, headers=_openai_headers(), timeout=30)
        if r.status_code == 429:
            time.sleep(2 ** attempt)
            continue
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"].strip()
    raise RuntimeError("rate limited")


def describe(title: str, model: str = "mistralai/Mixtral-8x7B-Instruct-v0.1") -> str:
    with httpx.Client(timeout=60) as http:
        r = http.post(
            TOGETHER_URL,
            headers={"Authorization": f"Bearer {os.environ['TOGETHER_API_KEY']}"},
            json={"model": model, "prompt": f"[INST] Write a 1-line description for: {title} [/INST]", "max_tokens": 80},
        )
    r.raise_for_status()
    return r.json()["choices"][0]["text"].strip()


def upload_results(rows: list[dict], url: str) -> None:
    """Pushes results to the catalog service (internal, not an LLM)."""
    resp = requests.post(url, json={"rows": rows}, timeout=30)
    resp.raise_for_status()
