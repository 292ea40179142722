"""v1 screener: GPT-4 over raw HTTP (written before we used the SDK).

The Greenhouse webhook posts to /v1/screen; payload and response format are
frozen, see docs/greenhouse-contract.md.
"""
from __future__ import annotations

import json
import logging
import os

import falcon
import openai
import requests

log = logging.getLogger(__name__)

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
V1_MODEL = os.environ.get("LEGACY_SCREEN_MODEL", "gpt-4o")

V1_PROMPT = """Rate this candidate for the role from 0 to 100 and explain in one
sentence. Answer as JSON {{"score": int, "reason": str}}.

ROLE: {role}
CV: {cv}"""


def score_cv_v1(role: str, cv: str, timeout: int = 60) -> dict:
    headers = {
        "Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}",
        "Content-Type": "application/json",
    }
    payload = {
        "model": V1_MODEL,
        "temperature": 0,
        "response_format": {"type": "json_object"},
        "messages": [{"role": "user", "content": V1_PROMPT.format(role=role, cv=cv[:12000])}],
    }
    r = requests.post(OPENAI_URL, headers=headers, json=payload, timeout=timeout)
    r.raise_for_status()
    content = r.json()["choices"][0]["message"]["content"]
    return json.loads(content)


def explain_score_v1(role: str, cv: str, score: int) -> str:
    # module-level client, as in the openai>=1.0 migration guide
    openai.api_key = os.environ.get("OPENAI_API_KEY")
    completion = openai.chat.completions.create(
        model=V1_MODEL,
        messages=[
            {"role": "system", "content": "You explain screening scores to recruiters."},
            {"role": "user", "content": f"Role: {role}\nScore: {score}\nCV:\n{cv[:8000]}"},
        ],
    )
    return completion.choices[0].message.content


class LegacyScreenResource:
    """WSGI-era resource ported to async by wrapping in to_thread. Sigh."""

    async def on_post(self, req, resp):
        import asyncio

        payload = await req.get_media()
        role, cv = payload.get("role"), payload.get("cv")
        if not role or not cv:
            raise falcon.HTTPBadRequest(description="role and cv are required")
        result = await asyncio.to_thread(score_cv_v1, role, cv)
        if payload.get("explain"):
            result["explanation"] = await asyncio.to_thread(
                explain_score_v1, role, cv, result.get("score", 0)
            )
        resp.media = {"version": 1, **result}
