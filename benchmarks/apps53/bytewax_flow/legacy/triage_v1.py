"""Original triage worker logic (2023). Kept because the nightly re-triage script uses it.

TODO(TRIAGE-388): delete once scripts/retriage_nightly.py is moved onto steps.classify.
"""
from __future__ import annotations

import json
import logging
import os

import openai
from openai import AsyncOpenAI

from common.prompts import CLASSIFY_SYSTEM

log = logging.getLogger(__name__)

openai.api_key = os.environ.get("OPENAI_API_KEY")

MODEL = os.environ.get("LEGACY_TRIAGE_MODEL", "gpt-4o-mini")


def triage_text(subject: str, body: str) -> dict:
    resp = openai.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": CLASSIFY_SYSTEM},
            {"role": "user", "content": f"Subject: {subject}\n\n{body}"},
        ],
        temperature=0,
    )
    try:
        return json.loads(resp.choices[0].message.content)
    except (TypeError, ValueError):
        return {"category": "other", "priority": "p3"}


def embed_text(text: str) -> list[float]:
    return openai.embeddings.create(model="text-embedding-ada-002", input=text).data[0].embedding


class AsyncTriager:
    def __init__(self, api_key: str | None = None):
        self.client = AsyncOpenAI(api_key=api_key)

    async def triage(self, subject: str, body: str) -> dict:
        resp = await self.client.responses.create(
            model=MODEL,
            instructions=CLASSIFY_SYSTEM,
            input=f"Subject: {subject}\n\n{body}",
            text={"format": {"type": "json_object"}},
        )
        try:
            return json.loads(resp.output_text)
        except ValueError:
            return {"category": "other", "priority": "p3"}

    async def triage_many(self, items: list[tuple[str, str]]) -> list[dict]:
        out = []
        for subject, body in items:
            out.append(await self.triage(subject, body))
        return out
