"""Legacy helpers from the first prototype (0.2.x).

Still imported by scripts/nightly_report.py and the Selenium-era importer.
TODO(mk): migrate to multi_model_service and delete.
"""
from __future__ import annotations

import os

import openai
import requests

openai.api_key = os.getenv("OPENAI_API_KEY")

OPENAI_URL = "https://api.openai.com/v1/chat/completions"


def ask_gpt(prompt: str, model: str = "gpt-4o-mini") -> str:
    resp = openai.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        temperature=0.3,
    )
    return resp.choices[0].message.content


def ask_gpt_raw(prompt: str, model: str = "gpt-4o-mini", timeout: int = 60) -> str:
    """Used where the openai package version was pinned too old. Keep for now."""
    headers = {"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}", "Content-Type": "application/json"}
    payload = {"model": model, "messages": [{"role": "user", "content": prompt}]}
    r = requests.post(OPENAI_URL, headers=headers, json=payload, timeout=timeout)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def ask_gpt_v0(prompt: str) -> str:
    # openai<1.0 code path; raises on new SDKs, kept until the importer is rewritten
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
    )
    return resp["choices"][0]["message"]["content"]


def selector_from_description(description: str, html: str) -> str:
    return ask_gpt(
        f"Return only a CSS selector for the element described as '{description}' in this HTML:\n{html[:6000]}"
    ).strip().strip("`")
