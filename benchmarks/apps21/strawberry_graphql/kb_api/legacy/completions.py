# Old helpers from the Flask version, ported as-is. Please don't add to this module.
from __future__ import annotations

import os

import openai
import requests

from kb_api.llm.prompts import ANSWER_SYSTEM_PROMPT

openai.api_key = os.environ.get("OPENAI_API_KEY")

MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"


def complete(prompt: str, model: str = "gpt-4o-mini", max_tokens: int = 500) -> str:
    resp = openai.chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": ANSWER_SYSTEM_PROMPT}, {"role": "user", "content": prompt}],
        max_tokens=max_tokens,
    )
    return resp.choices[0].message.content


def embed(text: str) -> list[float]:
    return openai.embeddings.create(model="text-embedding-ada-002", input=text).data[0].embedding


def mistral_complete(prompt: str) -> str:
    """Used by the extension's 'rewrite' button before we had the SDK."""
    r = requests.post(
        MISTRAL_URL,
        headers={"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"},
        json={"model": "open-mistral-nemo", "messages": [{"role": "user", "content": prompt}]},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


class Completion:
    """Value object the extension expects back. ``create`` is a constructor helper, not an API call."""

    def __init__(self, text: str, model: str) -> None:
        self.text = text
        self.model = model

    @classmethod
    def create(cls, text: str, model: str) -> "Completion":
        return cls(text=text.strip(), model=model)

    def to_json(self) -> dict:
        return {"text": self.text, "model": self.model}
