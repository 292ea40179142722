"""Original summariser from the scrapy pipeline (2023). Still used by scripts/rescore_legacy.py."""

from __future__ import annotations

import os
from functools import partial

import httpx
import openai

from product_crawler.llm.prompts import SUMMARY_SYSTEM

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"

openai.api_key = os.environ.get("OPENAI_API_KEY")


def summarize_openai(text: str, model: str = "gpt-3.5-turbo") -> str:
    resp = openai.chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": SUMMARY_SYSTEM}, {"role": "user", "content": text[:8000]}],
    )
    return resp.choices[0].message.content


def summarize_claude_http(text: str, model: str = "claude-3-haiku-20240307") -> str:
    """Written before we had the SDK pinned; posts straight to the Messages API."""
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    payload = {
        "model": model,
        "max_tokens": 300,
        "system": SUMMARY_SYSTEM,
        "messages": [{"role": "user", "content": text[:8000]}],
    }
    r = httpx.post(ANTHROPIC_URL, headers=headers, json=payload, timeout=60)
    r.raise_for_status()
    return "".join(b["text"] for b in r.json()["content"] if b["type"] == "text")


def get_gemini_http(text: str) -> str:
    key = os.environ["GEMINI_API_KEY"]
    url = f"https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent?key={key}"
    with httpx.Client(timeout=60) as http:
        r = http.post(url, json={"contents": [{"parts": [{"text": f"{SUMMARY_SYSTEM}\n\n{text[:8000]}"}]}]})
    r.raise_for_status()
    return r.json()["candidates"][0]["content"]["parts"][0]["text"]


_cheap = partial(openai.completions.create, model="gpt-3.5-turbo-instruct", max_tokens=120)


def one_line_blurb(title: str) -> str:
    result = _cheap(prompt=f"One-line marketing blurb for: {title}\n")
    return result.choices[0].text.strip()


def fetch_page(url: str) -> str:
    """Not an LLM call: plain page fetch used by the old pipeline."""
    r = httpx.get(url, follow_redirects=True, timeout=30)
    r.raise_for_status()
    return r.text


def post_results(webhook: str, rows: list[dict]) -> None:
    """Not an LLM call: notify the old dashboard."""
    httpx.post(webhook, json={"rows": rows}, timeout=30)


# ---------------------------------------------------------------------------------------------
# Scrapy-era item pipeline. Kept because scripts/rescore_legacy.py (ops cron) still imports it.
# ---------------------------------------------------------------------------------------------

FIREWORKS_CHAT_URL = "https://api.fireworks.ai/inference/v1/chat/completions"


def summarize_fireworks_requests(text: str, model: str = "accounts/fireworks/models/mixtral-8x7b-instruct") -> str:
    import requests

    resp = requests.post(
        FIREWORKS_CHAT_URL,
        headers={"Authorization": f"Bearer {os.environ['FIREWORKS_API_KEY']}"},
        json={"model": model, "messages": [{"role": "user", "content": f"Summarise:\n{text[:6000]}"}], "max_tokens": 200},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]


BACKENDS = {
    "openai": summarize_openai,
    "claude": summarize_claude_http,
    "gemini": get_gemini_http,
    "fireworks": summarize_fireworks_requests,
}


class LegacySummaryPipeline:
    """Mimics the old scrapy `process_item` contract so the cron job didn't need rewriting."""

    def __init__(self, backend: str = "openai", min_chars: int = 200) -> None:
        self.backend = backend
        self.min_chars = min_chars
        self.processed = 0
        self.skipped = 0

    def process_item(self, item: dict, spider=None) -> dict:
        text = item.get("description") or item.get("body") or ""
        if len(text) < self.min_chars:
            self.skipped += 1
            return item
        fn = BACKENDS[self.backend]
        item["summary"] = fn(text)
        if not item.get("blurb"):
            item["blurb"] = one_line_blurb(item.get("title", ""))
        self.processed += 1
        return item

    def close_spider(self, spider=None) -> None:
        print(f"[legacy] processed={self.processed} skipped={self.skipped} backend={self.backend}")
