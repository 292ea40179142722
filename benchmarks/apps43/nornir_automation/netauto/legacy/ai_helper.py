"""Original 2023 'ai helper' from the netmiko scripts era.

Still imported by scripts/batch_explain.py and the old Ansible callback.
TODO: port to netauto.llm.registry and delete.
"""
from __future__ import annotations

import os
import time

import requests

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"


def _headers(key_env: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {os.environ[key_env]}", "Content-Type": "application/json"}


def ask_gpt(prompt: str, model: str = "gpt-4o-mini", retries: int = 3) -> str:
    payload = {"model": model, "messages": [{"role": "user", "content": prompt}], "temperature": 0}
    for attempt in range(retries):
        r = requests.post(OPENAI_URL, json=payload, headers=_headers("OPENAI_API_KEY"), timeout=60)
        if r.status_code == 429:
            time.sleep(2**attempt)
            continue
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]
    raise RuntimeError("OpenAI rate limited")


def ask_mistral(prompt: str, model: str = "open-mistral-nemo") -> str:
    resp = requests.post(
        MISTRAL_URL,
        headers=_headers("MISTRAL_API_KEY"),
        json={"model": model, "messages": [{"role": "user", "content": prompt}]},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]


def ask_gpt_sdk(prompt: str, model: str = "gpt-3.5-turbo") -> str:
    """openai<1.0 style; only works in the pinned legacy venv (openai==0.28)."""
    import openai

    openai.api_key = os.environ["OPENAI_API_KEY"]
    resp = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        temperature=0,
    )
    return resp["choices"][0]["message"]["content"]


def post_to_webhook(url: str, text: str) -> None:
    """Teams webhook; not an LLM call."""
    requests.post(url, json={"text": text}, timeout=10)
