"""LEGACY: the fortune-teller NPC from the jam build.

Talks to the model APIs with raw HTTP because the jam build shipped without
the SDKs. Still used by the Oracle's tent in map 'old_town'. Do not extend;
new NPCs use rpg.ai.registry backends.
"""
from __future__ import annotations

import json
import logging
import os

import httpx
import requests

from rpg.ai.clients import groq_compat_client

log = logging.getLogger(__name__)

GROQ_URL = "https://api.groq.com/openai/v1/chat/completions"
OLLAMA_GENERATE_URL = "http://localhost:11434/api/generate"

FORTUNE_SYSTEM = (
    "You are Madame Vey, a theatrical fortune teller. Give a cryptic fortune in under "
    "40 words that hints at the player's next quest."
)


def tell_fortune(hint: str) -> str:
    headers = {"Authorization": f"Bearer {os.environ.get('GROQ_API_KEY', '')}"}
    payload = {
        "model": "llama-3.1-8b-instant",
        "messages": [
            {"role": "system", "content": FORTUNE_SYSTEM},
            {"role": "user", "content": f"The stars whisper of: {hint}"},
        ],
        "max_tokens": 80,
    }
    r = requests.post(GROQ_URL, headers=headers, json=payload, timeout=15)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def tell_fortune_offline(hint: str) -> str:
    body = {"model": "llama3.2:3b", "prompt": f"{FORTUNE_SYSTEM}\nHint: {hint}", "stream": False}
    with httpx.Client(timeout=30) as http:
        resp = http.post(OLLAMA_GENERATE_URL, content=json.dumps(body))
    return resp.json().get("response", "The mists are silent today.")


def tell_fortune_v2(hint: str) -> str:
    # half-migrated: same prompt, but through the OpenAI SDK pointed at Groq
    client = groq_compat_client()
    completion = client.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[
            {"role": "system", "content": FORTUNE_SYSTEM},
            {"role": "user", "content": f"The stars whisper of: {hint}"},
        ],
        max_tokens=80,
    )
    return completion.choices[0].message.content


def fortune(hint: str) -> str:
    for fn in (tell_fortune_v2, tell_fortune, tell_fortune_offline):
        try:
            return fn(hint)
        except Exception as exc:  # noqa: BLE001
            log.info("oracle path %s failed: %s", fn.__name__, exc)
    return "Your future is... cloudy."
