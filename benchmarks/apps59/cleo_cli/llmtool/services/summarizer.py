"""Summaries for release notes and the docs landing page (Cohere)."""
from __future__ import annotations

from typing import Iterable

import cohere

SUMMARY_STYLES = {
    "tldr": "Summarise in at most two sentences.",
    "bullets": "Summarise as 3-6 Markdown bullet points.",
    "markdown": "Write a short Markdown overview with a heading and bullets.",
}


class Summarizer:
    def __init__(self, co: cohere.ClientV2, model: str = "command-r-plus") -> None:
        self.co = co
        self.model = model

    def summarize(self, text: str, style: str = "bullets") -> str:
        instruction = SUMMARY_STYLES.get(style, SUMMARY_STYLES["bullets"])
        res = self.co.chat(
            model=self.model,
            messages=[
                {"role": "system", "content": "You summarise technical documentation."},
                {"role": "user", "content": f"{instruction}\n\n{text}"},
            ],
            temperature=0.2,
        )
        return res.message.content[0].text

    def summarize_stream(self, text: str, style: str = "bullets") -> Iterable[str]:
        instruction = SUMMARY_STYLES.get(style, SUMMARY_STYLES["bullets"])
        for event in self.co.chat_stream(
            model=self.model,
            messages=[{"role": "user", "content": f"{instruction}\n\n{text}"}],
        ):
            if event.type == "content-delta":
                yield event.delta.message.content.text

    def token_count(self, text: str) -> int:
        return len(self.co.tokenize(text=text, model=self.model).tokens)
