"""Claude-based tagger from the 0.5 line. Superseded by classification.py.

Still imported by the nightly relabel cron (ops repo), so keep the signatures.
"""
from __future__ import annotations

import logging
from typing import Iterable

from anthropic import Anthropic

logger = logging.getLogger(__name__)

_client = Anthropic()

DEFAULT_TAGS = ("how-to", "reference", "policy", "release-notes", "incident", "other")


def tag_one(text: str, tags: Iterable[str] = DEFAULT_TAGS, model: str = "claude-3-haiku-20240307") -> str:
    allowed = list(tags)
    msg = _client.messages.create(
        model=model,
        max_tokens=10,
        messages=[
            {
                "role": "user",
                "content": f"Pick one tag from {allowed} for this text. Answer with the tag only.\n\n{text[:8000]}",
            }
        ],
    )
    answer = msg.content[0].text.strip().lower()
    return answer if answer in allowed else "other"


def tag_many(texts: list[str], **kwargs) -> list[str]:
    out = []
    for i, t in enumerate(texts):
        try:
            out.append(tag_one(t, **kwargs))
        except Exception:  # noqa: BLE001
            logger.exception("tagging failed for item %d", i)
            out.append("other")
    return out

