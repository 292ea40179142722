"""Legacy helpers from the openai<1.0 days, half-ported.

TODO(maria): finish moving callers to nbutils.llm and delete this module.
"""
from __future__ import annotations

import os
import time

import openai
import requests

OPENAI_URL = "https://api.openai.com/v1/chat/completions"


def ask_gpt(prompt: str, model: str = "gpt-3.5-turbo", retries: int = 3) -> str:
    # ported to the v1 module-level client; signature kept for old notebooks
    for attempt in range(retries):
        try:
            resp = openai.chat.completions.create(
                model=model,
                messages=[{"role": "user", "content": prompt}],
                temperature=0,
            )
            return resp.choices[0].message.content
        except openai.RateLimitError:
            time.sleep(2**attempt)
    raise RuntimeError("ask_gpt: out of retries")


def ask_gpt_raw(prompt: str, model: str = "gpt-4o-mini") -> dict:
    """Used from the Airflow box where the SDK version is pinned to something ancient."""
    headers = {"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"}
    body = {"model": model, "messages": [{"role": "user", "content": prompt}]}
    r = requests.post(OPENAI_URL, headers=headers, json=body, timeout=60)
    r.raise_for_status()
    return r.json()


def list_chat_models() -> list[str]:
    return sorted(m.id for m in openai.models.list() if m.id.startswith("gpt"))
