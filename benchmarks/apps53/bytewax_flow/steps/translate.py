"""Translate inbound messages to English for agents, and drafts back to the customer's language.

Anthropic is the default; Mistral for EU tenants. We read rate-limit headers from the raw
response so the flow can back off before hitting 429s.
"""
from __future__ import annotations

import logging
import time

from clients.worker_cache import get_worker_clients
from common.schema import ReplyDraft, SupportMessage

log = logging.getLogger(__name__)

TRANSLATE_SYSTEM = (
    "Translate the user's text to {target}. Preserve names, order numbers, URLs and formatting. "
    "Output only the translation."
)

_backoff_until = 0.0


def _respect_backoff() -> None:
    delay = _backoff_until - time.monotonic()
    if delay > 0:
        log.info("translation backoff %.1fs", delay)
        time.sleep(delay)


def _note_limits(headers) -> None:
    global _backoff_until
    remaining = headers.get("anthropic-ratelimit-requests-remaining")
    if remaining is not None and int(remaining) < 5:
        _backoff_until = time.monotonic() + 2.0


def translate_anthropic(text: str, target: str = "English") -> str:
    _respect_backoff()
    clients = get_worker_clients()
    raw = clients.anthropic.messages.with_raw_response.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=1500,
        system=TRANSLATE_SYSTEM.format(target=target),
        messages=[{"role": "user", "content": text}],
    )
    _note_limits(raw.headers)
    message = raw.parse()
    return "".join(b.text for b in message.content if b.type == "text")


def translate_mistral(text: str, target: str = "English") -> str:
    mistral = get_worker_clients().mistral
    parts: list[str] = []
    stream = mistral.chat.stream(
        model="mistral-small-latest",
        messages=[
            {"role": "system", "content": TRANSLATE_SYSTEM.format(target=target)},
            {"role": "user", "content": text},
        ],
    )
    with stream as events:
        for event in events:
            delta = event.data.choices[0].delta.content
            if delta:
                parts.append(delta)
    return "".join(parts)


def to_english(msg: SupportMessage) -> SupportMessage:
    """``op.map`` step; no-op for English messages."""
    if (msg.language or "en") == "en":
        return msg
    try:
        if msg.metadata.get("region") == "eu":
            translated = translate_mistral(msg.body)
        else:
            translated = translate_anthropic(msg.body)
    except Exception:  # noqa: BLE001
        log.exception("translation failed for %s; keeping original", msg.message_id)
        return msg
    msg.metadata["original_body"] = msg.body
    msg.body = translated
    return msg


def to_customer_language(draft: ReplyDraft, language: str) -> ReplyDraft:
    if language == "en":
        return draft
    draft.body = translate_anthropic(draft.body, target=language)
    return draft
