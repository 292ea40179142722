"""The original synchronous tutor (v1 of the bot).

Still used by scripts/backfill_feedback.py and by the /legacy_chat command
that a few partner schools asked us to keep.
"""
from __future__ import annotations

import logging
import os

import httpx
import openai

log = logging.getLogger(__name__)

openai.api_key = os.getenv("OPENAI_API_KEY")

OLD_SYSTEM = "You are a patient language teacher. Correct mistakes gently."


def correct_sentence(sentence: str, language: str = "German") -> str:
    response = openai.chat.completions.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": OLD_SYSTEM},
            {"role": "user", "content": f"Correct this {language} sentence: {sentence}"},
        ],
        temperature=0,
    )
    return response.choices[0].message.content


def complete_cloze(text_with_gap: str) -> str:
    """Fill-in-the-gap exercises; instruct model is still better at this than chat."""
    client = openai.OpenAI()
    response = client.completions.create(
        model="gpt-3.5-turbo-instruct",
        prompt=f"Fill the gap marked ___ with one word.\n\n{text_with_gap}\n\nWord:",
        max_tokens=5,
        temperature=0,
    )
    return response.choices[0].text.strip()


def feedback_via_http(essay: str, timeout: float = 60.0) -> str:
    """Kept from when we ran behind the corporate proxy without the SDK."""
    resp = httpx.post(
        "https://api.openai.com/v1/chat/completions",
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json={
            "model": "gpt-4o-mini",
            "messages": [
                {"role": "system", "content": "Give CEFR-style feedback on this essay in 5 bullet points."},
                {"role": "user", "content": essay},
            ],
        },
        timeout=timeout,
    )
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]
