"""Old helpers from the notebook days (2023).

Still imported by the weekly `grok_vs_gpt` notebook job and `scripts/backfill_refs`.
New code should use evalkit.models adapters instead.
"""
from __future__ import annotations

import os
from typing import Dict, List

import openai
from openai import OpenAI

openai.api_key = os.environ.get("OPENAI_API_KEY")

GROK_MODEL = "grok-2-1212"

_grok = OpenAI(
    api_key=os.environ.get("XAI_API_KEY"),
    base_url="https://api.x.ai/v1",
)


def ask_gpt(prompt: str, model: str = "gpt-4o-mini", temperature: float = 0.0) -> str:
    resp = openai.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        temperature=temperature,
    )
    return resp.choices[0].message.content


def ask_grok(prompt: str, system: str = "You are a helpful assistant.") -> str:
    resp = _grok.chat.completions.create(
        model=GROK_MODEL,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
    )
    return resp.choices[0].message.content


def side_by_side(prompts: List[str]) -> List[Dict[str, str]]:
    return [{"prompt": p, "gpt": ask_gpt(p), "grok": ask_grok(p)} for p in prompts]
