"""v1 captioner (2023): one-shot GPT rewrite over raw HTTP.

Written before we pinned the openai SDK in cog.yaml; still reachable through
``legacy_mode=True`` because two customers depend on its exact output style.
TODO(jess): delete once the Q3 migration is confirmed.
"""
from __future__ import annotations

import os

import openai
import requests

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
V1_PROMPT = "Rewrite this image caption to be vivid but factual, max 40 words:\n\n{draft}"


def rewrite_v1(draft: str, model: str = "gpt-3.5-turbo", timeout: float = 30.0) -> str:
    headers = {
        "Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}",
        "Content-Type": "application/json",
    }
    payload = {
        "model": model,
        "messages": [{"role": "user", "content": V1_PROMPT.format(draft=draft)}],
        "temperature": 0.7,
    }
    r = requests.post(OPENAI_URL, headers=headers, json=payload, timeout=timeout)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"].strip()


def rewrite_v1_sdk(draft: str, model: str = "gpt-3.5-turbo") -> str:
    """Half-migrated: module-level client, still the v1 prompt."""
    resp = openai.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": V1_PROMPT.format(draft=draft)}],
    )
    return resp.choices[0].message.content.strip()


def list_available_models() -> list[str]:
    return [m.id for m in openai.models.list()]
