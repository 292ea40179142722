"""Pre-0.5 assistant backend (HTTP only, no SDKs).

Still used by the 'classic mode' preference and by the usage export.
TODO(maria): delete once classic mode is removed from the settings dialog.
"""
from __future__ import annotations

import json
import os

import httpx
import requests

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
GROQ_URL = "https://api.groq.com/openai/v1/chat/completions"


class ClassicAssistant:
    def __init__(self, openai_key: str | None = None, anthropic_key: str | None = None):
        self.openai_key = openai_key or os.environ.get("OPENAI_API_KEY", "")
        self.anthropic_key = anthropic_key or os.environ.get("ANTHROPIC_API_KEY", "")
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "quill-classic/0.4"

    def rewrite(self, text: str, model: str = "gpt-3.5-turbo") -> str:
        r = self.session.post(
            OPENAI_URL,
            headers={"Authorization": f"Bearer {self.openai_key}"},
            json={
                "model": model,
                "messages": [
                    {"role": "system", "content": "Improve the writing."},
                    {"role": "user", "content": text},
                ],
            },
            timeout=60,
        )
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]

    def summarize(self, text: str) -> str:
        with httpx.Client(timeout=60) as http:
            r = http.post(
                ANTHROPIC_URL,
                headers={
                    "x-api-key": self.anthropic_key,
                    "anthropic-version": "2023-06-01",
                    "content-type": "application/json",
                },
                content=json.dumps(
                    {
                        "model": "claude-3-haiku-20240307",
                        "max_tokens": 500,
                        "messages": [{"role": "user", "content": f"Summarize:\n{text}"}],
                    }
                ),
            )
        r.raise_for_status()
        return r.json()["content"][0]["text"]

    def save_draft(self, url: str, payload: dict) -> None:
        """Sync drafts to the team's old draft server (not an LLM)."""
        self.session.post(url, json=payload, timeout=10)


def quick_groq(prompt: str, key: str) -> str:
    resp = requests.post(
        GROQ_URL,
        headers={"Authorization": f"Bearer {key}"},
        json={"model": "llama3-8b-8192", "messages": [{"role": "user", "content": prompt}]},
        timeout=30,
    )
    return resp.json()["choices"][0]["message"]["content"]
