"""`ai sum` - summarise what is on the clipboard."""
from __future__ import annotations

import asyncio
import logging

from .clients import ClientPool
from .prompts import SUMMARY_SYSTEM
from .tokens import count_tokens_anthropic, count_tokens_openai
from .utils.clipboard import read_clipboard

log = logging.getLogger(__name__)

MAX_INPUT_TOKENS = 12_000


class ClipboardSummarizer:
    def __init__(self, pool: ClientPool):
        self.pool = pool

    def _too_long(self, text: str) -> bool:
        if self.pool.settings.provider == "anthropic":
            n = count_tokens_anthropic(self.pool.anthropic, text)
        else:
            n = count_tokens_openai(text)
        return n > MAX_INPUT_TOKENS

    async def summarize(self) -> str:
        text = read_clipboard().strip()
        if not text:
            return "Clipboard is empty."
        if self._too_long(text):
            text = text[: MAX_INPUT_TOKENS * 3]
        if self.pool.settings.provider == "anthropic":
            client = self.pool.anthropic
            msg = await asyncio.to_thread(
                client.messages.create,
                model="claude-3-5-haiku-latest",
                max_tokens=300,
                system=SUMMARY_SYSTEM,
                messages=[{"role": "user", "content": text}],
            )
            return msg.content[0].text
        groq_client = self.pool.groq if self.pool.settings.provider == "groq" else None
        if groq_client is not None:
            resp = await asyncio.to_thread(
                groq_client.chat.completions.create,
                model="llama-3.1-8b-instant",
                messages=[{"role": "system", "content": SUMMARY_SYSTEM},
                          {"role": "user", "content": text}],
            )
            return resp.choices[0].message.content or ""
        openai_client = self.pool.openai
        resp = openai_client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "system", "content": SUMMARY_SYSTEM},
                      {"role": "user", "content": text}],
            max_tokens=300,
        )
        return resp.choices[0].message.content or ""
