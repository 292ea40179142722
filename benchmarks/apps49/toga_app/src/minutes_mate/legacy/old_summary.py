"""v1 summariser (prototype). Uses the module-level OpenAI client and a raw
HTTP fallback to Anthropic from before we added the SDK dependency."""
from __future__ import annotations

import logging
import os

import openai
import requests

log = logging.getLogger(__name__)

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


def summarise_v1(transcript: str, model: str = "gpt-4o-mini") -> str:
    openai.api_key = os.environ.get("OPENAI_API_KEY", "")
    completion = openai.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": "Summarise the meeting."},
            {"role": "user", "content": transcript},
        ],
    )
    return completion.choices[0].message.content


def summarise_v1_claude(transcript: str) -> str:
    headers = {
        "x-api-key": os.environ.get("ANTHROPIC_API_KEY", ""),
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    payload = {
        "model": "claude-3-haiku-20240307",
        "max_tokens": 1000,
        "messages": [{"role": "user", "content": "Summarise the meeting:\n\n" + transcript}],
    }
    r = requests.post(ANTHROPIC_URL, headers=headers, json=payload, timeout=90)
    r.raise_for_status()
    return r.json()["content"][0]["text"]


def moderate_transcript(transcript: str) -> bool:
    """Old guard for shared meetings; returns True when the transcript is flagged."""
    result = openai.moderations.create(model="omni-moderation-latest", input=transcript[:30000])
    return any(r.flagged for r in result.results)


def upload_for_batch(path: str):
    # files.create is an upload, not a model call; batches were never finished
    return openai.files.create(file=open(path, "rb"), purpose="batch")
