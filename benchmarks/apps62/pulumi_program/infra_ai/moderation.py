"""Screens generated text before it is published to the public status page."""
from __future__ import annotations

from infra_ai import clients


def is_publishable(text: str) -> bool:
    result = clients.get_openai().moderations.create(model="omni-moderation-latest", input=text)
    return not any(r.flagged for r in result.results)
