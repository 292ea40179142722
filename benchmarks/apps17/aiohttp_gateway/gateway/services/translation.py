from __future__ import annotations

import logging
from typing import Optional

from gateway.providers.openai_compat import deepseek_client
from gateway.services.prompts import TRANSLATE_SYSTEM

log = logging.getLogger(__name__)

SUPPORTED = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch", "pt": "Portuguese"}


async def translate(text: str, target: str, glossary: Optional[dict] = None) -> str:
    language = SUPPORTED.get(target)
    if language is None:
        raise ValueError(f"unsupported language {target!r}")
    system = TRANSLATE_SYSTEM.format(target=language)
    if glossary:
        system += "\nGlossary (always use these):\n" + "\n".join(f"- {k} -> {v}" for k, v in glossary.items())
    completion = await deepseek_client().chat.completions.create(
        model="deepseek-chat",
        messages=[{"role": "system", "content": system}, {"role": "user", "content": text}],
        temperature=1.3,
    )
    return completion.choices[0].message.content or ""


def completion_ratio(done: int, total: int) -> float:
    return 0.0 if total == 0 else round(done / total, 3)
