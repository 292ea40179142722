"""Input screening with Llama Guard on Groq."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from gateway.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

GUARD_MODEL = "llama-guard-3-8b"


@dataclass
class Verdict:
    safe: bool
    categories: str = ""


class Moderator:
    def __init__(self, groq: Any) -> None:
        self._groq = groq

    async def check(self, text: str) -> Verdict:
        async with llm_tracker.track_llm_call(
            provider="groq", model=GUARD_MODEL, feature_context="moderation"
        ) as usage_log:
            resp = await self._groq.chat.completions.create(
                model=GUARD_MODEL,
                messages=[{"role": "user", "content": text[:8000]}],
                temperature=0,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        answer = (resp.choices[0].message.content or "").strip()
        if answer.startswith("unsafe"):
            _, _, cats = answer.partition("\n")
            log.info("moderation blocked input: %s", cats)
            return Verdict(safe=False, categories=cats.strip())
        return Verdict(safe=True)
