"""Sync OpenAI helpers from the Flask days.

These block, so async callers must wrap them in ``asyncio.to_thread``.
"""
from __future__ import annotations

import os

import openai
from openai import OpenAI

sync_client = OpenAI(api_key=os.getenv("OPENAI_API_KEY"))


def complete_text(prompt: str, model: str = "gpt-4o-mini", **kwargs) -> str:
    resp = sync_client.chat.completions.create(
        model=model, messages=[{"role": "user", "content": prompt}], **kwargs
    )
    return resp.choices[0].message.content


def legacy_canned_reply(category: str) -> str:
    # kept for the old /api/v0 endpoint; module-level client like the Flask code did
    resp = openai.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Write a two-sentence canned support reply."},
            {"role": "user", "content": f"Category: {category}"},
        ],
    )
    return resp.choices[0].message.content
