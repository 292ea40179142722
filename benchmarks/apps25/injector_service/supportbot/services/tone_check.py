"""Tone check for agent replies.

Older than compliance_review.py; uses Grok through the OpenAI-compatible
endpoint. TODO(SUP-561): fold into ComplianceReviewer and drop GrokCompatClient.
"""
from __future__ import annotations

from injector import inject

from supportbot.keys import GrokCompatClient

TONES = ("empathetic", "neutral", "curt", "hostile")


class ToneChecker:
    @inject
    def __init__(self, grok: GrokCompatClient) -> None:
        self._grok = grok

    async def classify(self, reply: str) -> str:
        resp = await self._grok.chat.completions.create(
            model="grok-3-mini",
            messages=[
                {"role": "system", "content": f"Classify the tone of the support reply as one of {', '.join(TONES)}."},
                {"role": "user", "content": reply},
            ],
            temperature=0,
            max_tokens=5,
        )
        label = (resp.choices[0].message.content or "neutral").strip().lower()
        return label if label in TONES else "neutral"
