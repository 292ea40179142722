"""Safety checks on final captions: OpenAI moderation + a cheap PII probe."""
from __future__ import annotations

import logging
import re

from openai import OpenAI

from src.llm.prompts import SAFETY_SYSTEM

logger = logging.getLogger(__name__)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_PHONE = re.compile(r"\+?\d[\d\s().-]{8,}\d")


class SafetyFilter:
    def __init__(self, client: OpenAI, pii_model: str = "gpt-4o-mini") -> None:
        self.client = client
        self.pii_model = pii_model

    def regex_pii(self, text: str) -> bool:
        return bool(_EMAIL.search(text) or _PHONE.search(text))

    def flagged(self, text: str) -> bool:
        result = self.client.moderations.create(model="omni-moderation-latest", input=text)
        return any(r.flagged for r in result.results)

    def llm_pii(self, text: str) -> bool:
        if self.regex_pii(text):
            return True
        answer = self.client.chat.completions.create(
            model=self.pii_model,
            messages=[{"role": "system", "content": SAFETY_SYSTEM}, {"role": "user", "content": text}],
            max_tokens=2,
            temperature=0,
        )
        return (answer.choices[0].message.content or "").strip().upper().startswith("Y")

    def scrub(self, text: str) -> str:
        text = _EMAIL.sub("[email]", text)
        return _PHONE.sub("[phone]", text)
