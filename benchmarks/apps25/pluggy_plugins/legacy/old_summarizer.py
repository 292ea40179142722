"""v0 summarizer, from before the plugin engine.

Still used by the nightly "digest" cron (scripts/regen_summaries.py
--legacy) because its output format is what the email template expects.
"""
from __future__ import annotations

import logging
import os
import time

import httpx
import openai
import requests

from docflow.config import OLLAMA_DEFAULT_URL

log = logging.getLogger(__name__)

openai.api_key = os.environ.get("OPENAI_API_KEY")

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
ANTHROPIC_VERSION = "2023-06-01"

DIGEST_PROMPT = """You are writing a morning digest entry.
Give a one-line headline, then three bullet points.

{text}
"""


def _retry(fn, attempts: int = 3, backoff: float = 2.0):
    for i in range(attempts):
        try:
            return fn()
        except (requests.RequestException, httpx.HTTPError, openai.APIError) as exc:
            if i == attempts - 1:
                raise
            log.warning("legacy call failed (%s), retrying", exc)
            time.sleep(backoff * (i + 1))


def summarize_v1(text: str, model: str = "gpt-3.5-turbo") -> str:
    resp = openai.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": DIGEST_PROMPT.format(text=text[:12000])}],
        temperature=0.4,
    )
    return resp.choices[0].message.content


def summarize_claude_raw(text: str) -> str:
    """Kept because the SDK was not allowed on the old cron image."""

    def call():
        r = requests.post(
            ANTHROPIC_URL,
            headers={
                "x-api-key": os.environ["ANTHROPIC_API_KEY"],
                "anthropic-version": ANTHROPIC_VERSION,
                "content-type": "application/json",
            },
            json={
                "model": "claude-3-haiku-20240307",
                "max_tokens": 600,
                "messages": [{"role": "user", "content": DIGEST_PROMPT.format(text=text[:20000])}],
            },
            timeout=90,
        )
        r.raise_for_status()
        return r.json()["content"][0]["text"]

    return _retry(call)


def summarize_local(text: str, model: str = "llama3") -> str:
    resp = httpx.post(
        f"{OLLAMA_DEFAULT_URL}/api/generate",
        json={"model": model, "prompt": DIGEST_PROMPT.format(text=text), "stream": False},
        timeout=300,
    )
    resp.raise_for_status()
    return resp.json()["response"]


def summarize(text: str, backend: str = "openai") -> str:
    if backend == "claude":
        return summarize_claude_raw(text)
    if backend == "local":
        return summarize_local(text)
    return _retry(lambda: summarize_v1(text))
