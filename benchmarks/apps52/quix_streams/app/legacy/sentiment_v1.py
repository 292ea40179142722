"""v1 sentiment scorer.

Written before we had the openai SDK pinned in the image, so it POSTs to
the REST API with requests. Still consumed by the `reviews-v1` bridge.
"""
from __future__ import annotations

import json
import logging
import os

import requests
import anthropic

logger = logging.getLogger(__name__)

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
SESSION = requests.Session()
SESSION.headers.update({"Authorization": f"Bearer {os.environ.get('OPENAI_API_KEY', '')}"})


def score_sentiment(text: str, model: str = "gpt-3.5-turbo") -> float:
    """Return a score in [-1, 1]."""
    payload = {
        "model": model,
        "messages": [
            {"role": "system", "content": "Rate the sentiment from -1 to 1. Reply with a number only."},
            {"role": "user", "content": text[:3000]},
        ],
        "temperature": 0,
        "max_tokens": 6,
    }
    r = SESSION.post(OPENAI_URL, data=json.dumps(payload), timeout=20)
    r.raise_for_status()
    try:
        return max(-1.0, min(1.0, float(r.json()["choices"][0]["message"]["content"].strip())))
    except (KeyError, ValueError):
        return 0.0


def explain_sentiment(text: str) -> str:
    """Used by the v1 admin page to show a rationale; streams so the page fills in."""
    client = anthropic.Anthropic()
    out = []
    with client.messages.stream(
        model="claude-3-haiku-20240307",
        max_tokens=200,
        messages=[{"role": "user", "content": f"Why is this review positive or negative?\n\n{text}"}],
    ) as stream:
        for chunk in stream.text_stream:
            out.append(chunk)
    return "".join(out)


class SentimentBridge:
    """Adapter the v1 bridge consumer calls per message."""

    def __init__(self, threshold: float = -0.3) -> None:
        self.threshold = threshold

    def process(self, message: dict) -> dict:
        score = score_sentiment(message.get("body", ""))
        message["sentiment_score"] = score
        message["is_negative"] = score < self.threshold
        return message
