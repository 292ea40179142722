"""Headline suggestions with Grok.

`suggest_headlines` takes the client as a parameter so the web endpoint and the
batch job can share it (and tests can hand in a fake).
"""
from __future__ import annotations

import asyncio
import logging
import re

from openai import AsyncOpenAI, OpenAI

from common.config import MODELS
from common.secrets import XAI_SECRET
from common.storage import JobRecord
from lib.prompts import HEADLINE_SYSTEM, HEADLINE_USER
from modal_app import app
from providers import get_async_xai, get_xai

logger = logging.getLogger(__name__)

MAX_LEN = 70
_NUMBERING = re.compile(r"^\s*(\d+[.)]|[-*•])\s*")


def clean_headlines(raw: str, n: int) -> list[str]:
    lines = [_NUMBERING.sub("", l).strip().strip('"') for l in raw.splitlines()]
    lines = [l for l in lines if l and len(l) <= MAX_LEN and not l.endswith("?")]
    seen: set[str] = set()
    out = []
    for l in lines:
        key = l.lower()
        if key not in seen:
            seen.add(key)
            out.append(l)
    return out[:n]


def suggest_headlines(client: OpenAI, body: str, n: int = 5, temperature: float = 0.8) -> list[str]:
    resp = client.chat.completions.create(
        model=MODELS.grok,
        temperature=temperature,
        messages=[
            {"role": "system", "content": HEADLINE_SYSTEM},
            {"role": "user", "content": HEADLINE_USER.format(n=n, body=body[:12000])},
        ],
    )
    return clean_headlines(resp.choices[0].message.content or "", n)


async def headline_variants(client: AsyncOpenAI, body: str, temperatures=(0.3, 0.7, 1.0)) -> dict[float, list[str]]:
    """Three temperature buckets for the A/B headline tool."""
    prompt = HEADLINE_USER.format(n=3, body=body[:12000])
    responses = await asyncio.gather(
        *[
            client.chat.completions.create(
                model=MODELS.grok,
                temperature=t,
                messages=[
                    {"role": "system", "content": HEADLINE_SYSTEM},
                    {"role": "user", "content": prompt},
                ],
            )
            for t in temperatures
        ]
    )
    return {t: clean_headlines(r.choices[0].message.content or "", 3) for t, r in zip(temperatures, responses)}


@app.function(secrets=[XAI_SECRET], timeout=120, max_containers=30)
def headlines_job(asset_id: str, body: str, n: int = 5) -> list[str]:
    headlines = suggest_headlines(get_xai(), body, n=n)
    JobRecord.create(asset_id, "headlines", {"headlines": headlines, "model": MODELS.grok})
    return headlines


@app.function(secrets=[XAI_SECRET], timeout=180)
async def headline_ab_job(asset_id: str, body: str) -> dict:
    variants = await headline_variants(get_async_xai(), body)
    payload = {str(t): v for t, v in variants.items()}
    JobRecord.create(asset_id, "headline_variants", payload)
    return payload
