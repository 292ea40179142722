"""Rewrite the selected text in another tone (Claude)."""
from __future__ import annotations

import logging
from typing import Any, Callable

from tray import hotkeys, services, settings
from tray.llm import prompts
from tray.workers import handler

log = logging.getLogger(__name__)

TONES = ("friendly", "formal", "concise", "apologetic")


class Rewriter:
    def __init__(self, client: Any, model: str) -> None:
        self.client = client
        self.model = model

    @classmethod
    def create(cls) -> "Rewriter":
        return cls(services.require("anthropic_client"), settings.load().models.claude)

    def rewrite(self, text: str, tone: str) -> str:
        msg = self.client.messages.create(
            model=self.model,
            max_tokens=2048,
            system=prompts.REWRITE.system,
            messages=[{"role": "user", "content": prompts.REWRITE.render(tone=tone, text=text)}],
            temperature=0.7,
        )
        return "".join(b.text for b in msg.content if b.type == "text")

    def rewrite_streaming(self, text: str, tone: str, on_text: Callable[[str], None]) -> str:
        with self.client.messages.stream(
            model=self.model,
            max_tokens=2048,
            system=prompts.REWRITE.system,
            messages=[{"role": "user", "content": prompts.REWRITE.render(tone=tone, text=text)}],
        ) as stream:
            for piece in stream.text_stream:
                on_text(piece)
            final = stream.get_final_message()
        return "".join(b.text for b in final.content if b.type == "text")


_rewriter: Rewriter | None = None


def rewriter() -> Rewriter:
    global _rewriter
    if _rewriter is None:
        _rewriter = Rewriter.create()
    return _rewriter


@handler("rewrite")
def rewrite_selection(tone: str = "friendly", text: str | None = None) -> str:
    if tone not in TONES:
        raise ValueError(f"unknown tone {tone!r}")
    text = text or hotkeys.copy_selection()
    if services.popup is not None:
        return rewriter().rewrite_streaming(text, tone, services.popup.append)
    return rewriter().rewrite(text, tone)
