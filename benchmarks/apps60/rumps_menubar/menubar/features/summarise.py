"""Summarise whatever is on the clipboard."""
from __future__ import annotations

import logging
from typing import Iterator

from menubar.clipboard import trim_for_prompt
from menubar.llm import get_anthropic_client, get_openai_client
from menubar.llm.budget import count_openai_tokens
from menubar.llm.prompts import SUMMARY_SYSTEM, messages

log = logging.getLogger(__name__)

LONG_TEXT_TOKENS = 6000


class Summariser:
    def __init__(self, settings, client=None, long_client=None):
        self.settings = settings
        self.client = client or get_openai_client()
        # Claude handles the really long stuff better (and has the bigger window)
        self.long_client = long_client or get_anthropic_client()

    def summarise(self, text: str) -> str:
        text = trim_for_prompt(text, limit=200_000)
        if count_openai_tokens(text) > LONG_TEXT_TOKENS:
            return summarise_long(self.long_client, text, self.settings.model_for("anthropic"))
        resp = self.client.chat.completions.create(
            model=self.settings.model_for("openai"),
            messages=messages(SUMMARY_SYSTEM, text),
            temperature=0.2,
            max_tokens=400,
        )
        summary = resp.choices[0].message.content or ""
        log.debug("summary used %s tokens", resp.usage.total_tokens if resp.usage else "?")
        return summary.strip()

    def stream_summary(self, text: str) -> Iterator[str]:
        """Used by the 'Summarise (live)' window, which appends chunks as they arrive."""
        stream = self.client.chat.completions.create(
            model=self.settings.model_for("openai"),
            messages=messages(SUMMARY_SYSTEM, trim_for_prompt(text)),
            stream=True,
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content


def summarise_long(client, text: str, model: str) -> str:
    resp = client.messages.create(
        model=model,
        max_tokens=700,
        system=SUMMARY_SYSTEM + " The text is long; group bullets under short headings.",
        messages=[{"role": "user", "content": text}],
    )
    return "".join(b.text for b in resp.content if b.type == "text").strip()
