"""PII redaction before CVs are shown to blind-review panels.

Regex pass first (cheap, deterministic), LLM pass only for free-text sections.
"""
from __future__ import annotations

import re

from mistralai import Mistral

from recruit_api.services import prompts

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
PHONE_RE = re.compile(r"\+?\d[\d\s().-]{7,}\d")
URL_RE = re.compile(r"https?://\S+")


def regex_redact(text: str) -> str:
    text = EMAIL_RE.sub("[REDACTED]", text)
    text = PHONE_RE.sub("[REDACTED]", text)
    return URL_RE.sub("[REDACTED]", text)


_client: Mistral | None = None


def _mistral() -> Mistral:
    global _client
    if _client is None:
        import os

        _client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    return _client


def llm_redact(text: str, model: str = "mistral-small-latest") -> str:
    cleaned = regex_redact(text)
    res = _mistral().chat.complete(
        model=model,
        messages=[{"role": "user", "content": prompts.REDACTION_PROMPT.format(text=cleaned)}],
        temperature=0,
    )
    return res.choices[0].message.content or cleaned


def redact(text: str, use_llm: bool = True) -> str:
    if not use_llm or len(text) < 40:
        return regex_redact(text)
    return llm_redact(text)
