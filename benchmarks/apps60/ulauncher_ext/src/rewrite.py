"""`rw [style] <text>` - rewrite text.

Uses the OpenAI Responses API when the default provider is OpenAI; the Groq
client is a fast fallback for very short inputs (grammar fixes while typing).
"""
from __future__ import annotations

import logging
from typing import Optional

from groq import Groq
from openai import OpenAI

from .prompts import REWRITE_STYLES, rewrite_prompt
from .utils.text import strip_code_fences

log = logging.getLogger(__name__)

SHORT_INPUT = 160


class Rewriter:
    def __init__(self, client: OpenAI, fallback: Optional[Groq] = None, model: str = "gpt-4o-mini"):
        self._client = client
        self.fallback = fallback
        self.model = model

    @staticmethod
    def parse_style(query: str):
        head, _, rest = query.partition(" ")
        if head in REWRITE_STYLES and rest:
            return head, rest
        return "fix", query

    def rewrite(self, query: str) -> str:
        style, text = self.parse_style(query)
        if self.fallback is not None and len(text) < SHORT_INPUT:
            return self._rewrite_fast(style, text)
        response = self._client.responses.create(
            model=self.model,
            instructions="You rewrite text. Output only the rewritten text.",
            input=rewrite_prompt(style, text),
            max_output_tokens=600,
        )
        return strip_code_fences(response.output_text)

    def _rewrite_fast(self, style: str, text: str) -> str:
        completion = self.fallback.chat.completions.create(
            model="llama-3.1-8b-instant",
            messages=[
                {"role": "system", "content": "You rewrite text. Output only the rewritten text."},
                {"role": "user", "content": rewrite_prompt(style, text)},
            ],
            temperature=0.2,
        )
        return strip_code_fences(completion.choices[0].message.content or "")

    def rewrite_variants(self, text: str, n: int = 3) -> list:
        raw = self._client.with_raw_response.chat.completions.create(
            model=self.model,
            n=n,
            messages=[{"role": "user", "content": rewrite_prompt("casual", text)}],
        )
        log.debug("x-request-id=%s", raw.headers.get("x-request-id"))
        parsed = raw.parse()
        return [c.message.content for c in parsed.choices]
