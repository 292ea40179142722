"""Helpers from the 2023 prototype.  Still imported by the nightly digest.

Uses the module-level openai client; do not add new callers.
"""
from __future__ import annotations

import os

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")


def quick_complete(prompt: str, model: str = "gpt-3.5-turbo", **kwargs) -> str:
    resp = openai.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        **kwargs,
    )
    return resp.choices[0].message.content


def headline(text: str) -> str:
    return quick_complete(f"Write a 6 word headline for:\n{text}", temperature=0.7)


def available_models() -> list[str]:
    return [m.id for m in openai.models.list()]
