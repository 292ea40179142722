"""LEGACY — the first prototype's summariser, still used by the "quick
summary" button and by scripts/backfill_summaries.py.  Do not add features
here; port callers to algos.summarize instead (see TODO in pages/summaries.py).
"""
from __future__ import annotations

import os

import httpx
import openai
import requests
from litellm import completion

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
TOGETHER_URL = "https://api.together.xyz/v1/completions"

openai.api_key = os.environ.get("OPENAI_API_KEY")


def quick_summary(text: str) -> str:
    r = requests.post(
        OPENAI_URL,
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json={
            "model": "gpt-3.5-turbo",
            "messages": [{"role": "user", "content": "Summarise in 3 bullets:\n" + text[:12000]}],
        },
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def quick_summary_claude(text: str) -> str:
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    with httpx.Client(timeout=60) as http:
        r = http.post(
            ANTHROPIC_URL,
            headers=headers,
            json={
                "model": "claude-3-haiku-20240307",
                "max_tokens": 400,
                "messages": [{"role": "user", "content": "Summarise:\n" + text[:12000]}],
            },
        )
    r.raise_for_status()
    return r.json()["content"][0]["text"]


def title_for(text: str) -> str:
    resp = openai.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Give a 6-word title for:\n" + text[:4000]}],
        max_tokens=20,
    )
    return resp.choices[0].message.content.strip().strip('"')


def keywords_for(text: str, model: str = "together_ai/mistralai/Mixtral-8x7B-Instruct-v0.1") -> list[str]:
    resp = completion(
        model=model,
        messages=[{"role": "user", "content": "Comma-separated keywords for:\n" + text[:6000]}],
    )
    return [k.strip() for k in resp.choices[0].message.content.split(",") if k.strip()]


def raw_together_completion(prompt: str) -> str:
    # the old "prompt" style endpoint; kept for the A/B on headline generation
    resp = requests.post(
        TOGETHER_URL,
        headers={"Authorization": f"Bearer {os.environ['TOGETHER_API_KEY']}"},
        json={"model": "mistralai/Mixtral-8x7B-v0.1", "prompt": prompt, "max_tokens": 64},
        timeout=30,
    )
    return resp.json()["choices"][0]["text"]


def fetch_status_page() -> dict:
    # not an LLM call: status page poll used by the footer indicator
    return requests.get("https://status.openai.com/api/v2/status.json", timeout=5).json()
