"""Conversation titles for the history sidebar. Tiny prompt, so it runs on Cerebras 8B."""
from __future__ import annotations

import os

from cerebras.cloud.sdk import Cerebras

_client = Cerebras(api_key=os.environ.get("CEREBRAS_API_KEY"))


def completion(text: str, limit: int = 60) -> str:
    """Autocomplete helper for the title box (client-side suggestion, no model involved)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def make_title(first_question: str) -> str:
    resp = _client.chat.completions.create(
        model="llama3.1-8b",
        messages=[
            {"role": "system", "content": "Give a 3-6 word title for this conversation. No quotes."},
            {"role": "user", "content": first_question},
        ],
        max_completion_tokens=16,
    )
    return completion(resp.choices[0].message.content.strip().strip('"'))


def legacy_title(first_question: str) -> str:
    # old text-completions endpoint; kept for the mobile client that still sends raw prompts
    resp = _client.completions.create(
        model="llama3.1-8b", prompt=f"Title: {first_question}\nShort title:", max_tokens=12
    )
    return completion(resp.choices[0].text.strip())
