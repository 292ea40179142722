"""v1 pairwise ranker.  Calls Claude over httpx because the anthropic SDK
was pinned to 0.2.x at the time and didn't support the messages API."""
from __future__ import annotations

import itertools
import logging
import os
from functools import cmp_to_key

import httpx

log = logging.getLogger(__name__)

ANTHROPIC_MESSAGES_URL = "https://api.anthropic.com/v1/messages"
GEMINI_URL = "https://generativelanguage.googleapis.com/v1beta/models/{model}:generateContent"

_http = httpx.Client(timeout=45.0)


def _headers() -> dict:
    return {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }


def compare_pair(role: str, cv_a: str, cv_b: str, model: str = "claude-3-5-haiku-20241022") -> int:
    body = {
        "model": model,
        "max_tokens": 5,
        "messages": [
            {
                "role": "user",
                "content": f"Role: {role}\n\nCandidate A:\n{cv_a[:6000]}\n\nCandidate B:\n"
                f"{cv_b[:6000]}\n\nWho is the better fit? Answer with a single letter: A or B.",
            }
        ],
    }
    resp = _http.post(ANTHROPIC_MESSAGES_URL, headers=_headers(), json=body)
    resp.raise_for_status()
    answer = resp.json()["content"][0]["text"].strip().upper()
    return -1 if answer.startswith("A") else 1


def rank_candidates(role: str, cvs: dict[str, str]) -> list[str]:
    ids = list(cvs)
    if len(ids) > 12:
        log.warning("ranker_v1 is O(n log n) LLM calls; %d candidates is a lot", len(ids))
    return sorted(ids, key=cmp_to_key(lambda a, b: compare_pair(role, cvs[a], cvs[b])))


def tiebreak_gemini(role: str, cv_a: str, cv_b: str) -> str:
    """Second opinion from Gemini when Claude flip-flops (added 2024-03, Priya)."""
    key = os.environ["GEMINI_API_KEY"]
    r = httpx.post(
        GEMINI_URL.format(model="gemini-1.5-flash"),
        params={"key": key},
        json={
            "contents": [
                {
                    "parts": [
                        {"text": f"Role: {role}\nA:\n{cv_a[:6000]}\nB:\n{cv_b[:6000]}\nA or B?"}
                    ]
                }
            ]
        },
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["candidates"][0]["content"]["parts"][0]["text"].strip()


def all_pairs(ids):
    return list(itertools.combinations(ids, 2))
