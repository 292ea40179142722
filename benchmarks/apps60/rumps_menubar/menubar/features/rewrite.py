"""Rewrite clipboard text in a different tone. Claude first, DeepSeek if Claude is down."""
from __future__ import annotations

import logging

import anthropic

from menubar.llm import get_anthropic_client, get_deepseek_client
from menubar.llm.prompts import REWRITE_SYSTEM, messages

log = logging.getLogger(__name__)

TONES = ["friendly", "formal", "concise", "confident", "apologetic"]


class Rewriter:
    def __init__(self, settings):
        self.settings = settings
        self._anthropic = get_anthropic_client()

    def rewrite(self, text: str, tone: str | None = None) -> str:
        tone = tone or self.settings.tone
        system = REWRITE_SYSTEM.format(tone=tone)
        try:
            return self._rewrite_claude(text, system)
        except (anthropic.APIConnectionError, anthropic.RateLimitError, anthropic.InternalServerError) as exc:
            log.warning("claude unavailable (%s), using deepseek", exc)
            return self._rewrite_deepseek(text, system)

    def _rewrite_claude(self, text: str, system: str) -> str:
        parts: list[str] = []
        with self._anthropic.messages.stream(
            model=self.settings.model_for("anthropic"),
            max_tokens=1024,
            system=system,
            messages=[{"role": "user", "content": text}],
        ) as stream:
            for delta in stream.text_stream:
                parts.append(delta)
        return "".join(parts).strip()

    def _rewrite_deepseek(self, text: str, system: str) -> str:
        completion = get_deepseek_client().chat.completions.create(
            model="deepseek-chat",
            messages=messages(system, text),
            temperature=0.7,
        )
        return (completion.choices[0].message.content or "").strip()


def fix_grammar(client, text: str) -> str:
    """Small helper the Services menu uses; client is whatever the switch hands us."""
    return client.complete(
        "Fix spelling and grammar only. Return the corrected text.", text, max_tokens=800
    )
