"""Row-level functions for ``resource.add_map``.

Keep these cheap: add_map runs once per item inside the extract step.
"""
from __future__ import annotations

import logging
from typing import Callable

from enrichment import get_anthropic_client, settings
from utils.text import redact

logger = logging.getLogger(__name__)

_claude = get_anthropic_client()


def redact_pii(row: dict) -> dict:
    for key in ("description", "subject", "plain_body", "comment"):
        if row.get(key):
            row[key] = redact(row[key])
    return row


def drop_internal_fields(row: dict) -> dict:
    for key in ("via", "satisfaction_rating", "sharing_agreement_ids", "_links"):
        row.pop(key, None)
    return row


def make_language_tagger(client, model: str = "gpt-4o-mini") -> Callable[[dict], dict]:
    """Return an add_map function that tags ``row['language']``.

    ``client`` is an OpenAI client supplied by the pipeline script.
    """

    def _tag(row: dict) -> dict:
        text = (row.get("description") or row.get("comment") or "")[:400]
        if not text:
            row["language"] = None
            return row
        resp = client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": f"Reply with the ISO 639-1 code only.\n\n{text}"}],
            max_tokens=2,
        )
        row["language"] = resp.choices[0].message.content.strip().lower()
        return row

    return _tag


def add_subject_rewrite(row: dict) -> dict:
    """Normalise ugly subjects ("RE: FW: URGENT!!!") into a short title."""
    subject = row.get("subject") or ""
    if len(subject) < 12 and subject.isascii():
        row["clean_subject"] = subject
        return row
    msg = _claude.messages.create(
        model=settings.summary_model(),
        max_tokens=40,
        messages=[{"role": "user", "content": f"Rewrite as a neutral 6-word title: {subject}"}],
    )
    row["clean_subject"] = msg.content[0].text.strip()
    return row


class RowCounter:
    """Not an LLM thing: counts rows per resource for the run summary."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def create(self, name: str) -> Callable[[dict], dict]:
        def _count(row: dict) -> dict:
            self.counts[name] = self.counts.get(name, 0) + 1
            return row

        return _count
