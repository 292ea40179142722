"""Shrink long conversations by summarising the oldest turns.

Written before the tracker existed; runs in a worker thread because the
compaction step is triggered from the (sync) key binding as well.
"""
from __future__ import annotations

import functools
import logging

from ptk_repl.providers.base import Message
from ptk_repl.providers.factory import get_anthropic_client

log = logging.getLogger(__name__)

KEEP_RECENT = 6
COMPACT_MODEL = "claude-haiku-4-5"
CHARS_PER_TOKEN = 4


def approx_tokens(messages: list[Message]) -> int:
    return sum(len(m.content) for m in messages) // CHARS_PER_TOKEN


def needs_compaction(messages: list[Message], budget: int = 24_000) -> bool:
    return approx_tokens(messages) > budget and len(messages) > KEEP_RECENT + 2


def compact(messages: list[Message]) -> list[Message]:
    old, recent = messages[:-KEEP_RECENT], messages[-KEEP_RECENT:]
    transcript = "\n".join(f"{m.role}: {m.content}" for m in old)
    summarise = functools.partial(
        get_anthropic_client().messages.create,
        model=COMPACT_MODEL,
        max_tokens=800,
        system="Summarise the conversation so far as terse bullet points. Keep names, numbers and decisions.",
    )
    msg = summarise(messages=[{"role": "user", "content": transcript}])
    summary = msg.content[0].text
    log.info("compacted %d messages into %d chars", len(old), len(summary))
    return [Message("user", f"[Summary of earlier conversation]\n{summary}"), *recent]
