"""Translation of non-English reviews before classification.

Most of our traffic is English; DE/FR/ES reviews are translated with an
open model on Together (cheap), and long or low-confidence ones are
re-done with Claude.
"""
from __future__ import annotations

import logging
import re

from together import AsyncTogether

from app.enrich.clients import get_anthropic, get_together

logger = logging.getLogger(__name__)

TRANSLATE_MODEL = "Qwen/Qwen2.5-72B-Instruct-Turbo"
CLAUDE_MODEL = "claude-3-5-haiku-latest"
_ASCII_RATIO = 0.9
_STOPWORDS_EN = {"the", "and", "is", "it", "was", "to", "of", "for", "this", "not"}


def looks_english(text: str) -> bool:
    if not text:
        return True
    ascii_ratio = sum(1 for c in text if ord(c) < 128) / len(text)
    words = re.findall(r"[a-zA-Z']+", text.lower())
    hits = sum(1 for w in words if w in _STOPWORDS_EN)
    return ascii_ratio > _ASCII_RATIO and hits >= max(1, len(words) // 15)


class Translator:
    def __init__(self, together=None, claude=None, long_threshold: int = 1500) -> None:
        self.together = together or get_together()
        self.claude = claude or get_anthropic()
        self.long_threshold = long_threshold

    def translate(self, text: str) -> str:
        if len(text) > self.long_threshold:
            return self._translate_claude(text)
        resp = self.together.chat.completions.create(
            model=TRANSLATE_MODEL,
            messages=[
                {"role": "system", "content": "Translate the user's text to English. Output only the translation."},
                {"role": "user", "content": text},
            ],
            max_tokens=min(2048, len(text)),
            temperature=0.0,
        )
        out = resp.choices[0].message.content.strip()
        if not out or out.lower() == text.lower():
            return self._translate_claude(text)
        return out

    def _translate_claude(self, text: str) -> str:
        pieces: list[str] = []
        with self.claude.messages.stream(
            model=CLAUDE_MODEL,
            max_tokens=2048,
            system="Translate to English. Output only the translation.",
            messages=[{"role": "user", "content": text}],
        ) as stream:
            for piece in stream.text_stream:
                pieces.append(piece)
        return "".join(pieces)


async def translate_many(texts: list[str], api_key: str | None = None) -> list[str]:
    """Async bulk path for the backfill; one client per call batch."""
    import asyncio

    client = AsyncTogether(api_key=api_key)

    async def one(t: str) -> str:
        r = await client.chat.completions.create(
            model=TRANSLATE_MODEL,
            messages=[{"role": "user", "content": f"Translate to English:\n{t}"}],
            max_tokens=1024,
        )
        return r.choices[0].message.content

    return await asyncio.gather(*(one(t) for t in texts))
