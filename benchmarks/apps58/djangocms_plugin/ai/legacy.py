"""Pre-SDK helpers from the 2023 pilot. Do not add new callers.

TODO(maja): port remaining users (newsletter teaser, old search) to ai.summaries.
"""
import logging
import os

import httpx
import openai
import requests

logger = logging.getLogger(__name__)

OPENAI_URL = "https://api.openai.com/v1"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"


def _openai_headers():
    return {"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}", "Content-Type": "application/json"}


def list_openai_models():
    r = requests.get(f"{OPENAI_URL}/models", headers=_openai_headers(), timeout=10)
    r.raise_for_status()
    return sorted(m["id"] for m in r.json()["data"])


def teaser_text(body, words=40):
    payload = {
        "model": "gpt-4o-mini",
        "messages": [
            {"role": "system", "content": f"Write a newsletter teaser of about {words} words."},
            {"role": "user", "content": body[:8000]},
        ],
        "temperature": 0.7,
    }
    r = requests.post(f"{OPENAI_URL}/chat/completions", json=payload, headers=_openai_headers(), timeout=30)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def claude_headline(body):
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    with httpx.Client(timeout=30) as http:
        r = http.post(
            ANTHROPIC_URL,
            headers=headers,
            json={
                "model": "claude-3-5-haiku-latest",
                "max_tokens": 60,
                "messages": [{"role": "user", "content": f"Write one headline for:\n{body[:6000]}"}],
            },
        )
    r.raise_for_status()
    return r.json()["content"][0]["text"]


def mistral_translate_raw(text, target):
    r = requests.post(
        MISTRAL_URL,
        headers={"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"},
        json={
            "model": "mistral-small-latest",
            "messages": [{"role": "user", "content": f"Translate to {target}:\n{text}"}],
        },
        timeout=60,
    )
    if r.status_code != 200:
        logger.error("mistral raw call failed: %s", r.text[:300])
        return None
    return r.json()["choices"][0]["message"]["content"]


class LegacyCopywriter:
    """Used by the old newsletter export (newsletter/export.py in the monolith).

    Relies on the module-level openai client configured from OPENAI_API_KEY.
    """

    def __init__(self, tone="friendly", model="gpt-4o-mini"):
        self.tone = tone
        self.model = model
        self.history = []

    def rewrite(self, text):
        resp = openai.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": f"Rewrite the text in a {self.tone} tone. Keep it the same length."},
                {"role": "user", "content": text},
            ],
        )
        out = resp.choices[0].message.content
        self.history.append((text, out))
        return out

    def rewrite_all(self, texts):
        return [self.rewrite(t) for t in texts]

    def create(self, title):
        """Not a model call: builds an empty draft dict for the exporter."""
        return {"title": title, "tone": self.tone, "paragraphs": []}


def ping_webhook(url, payload):
    """Notify the editorial Slack channel. Not an LLM call."""
    return requests.post(url, json=payload, timeout=5)
