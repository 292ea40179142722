from __future__ import annotations

import threading
from typing import Optional

from mistralai import Mistral

from core.settings import settings

_lock = threading.Lock()
_client: Optional[Mistral] = None

LANGUAGE_PROMPT = (
    "Identify the language of the user's text. Answer with the ISO 639-1 code only, "
    "for example 'en' or 'de'."
)


def get_mistral() -> Mistral:
    global _client
    if _client is None:
        with _lock:
            if _client is None:
                _client = Mistral(api_key=settings.mistral.api_key, timeout_ms=30_000)
    return _client


def detect_language(text: str) -> str:
    res = get_mistral().chat.complete(
        model=settings.mistral.small_model,
        messages=[
            {"role": "system", "content": LANGUAGE_PROMPT},
            {"role": "user", "content": text[:2000]},
        ],
        temperature=0,
        max_tokens=4,
    )
    code = (res.choices[0].message.content or "").strip().lower()
    return code[:2] or "en"
