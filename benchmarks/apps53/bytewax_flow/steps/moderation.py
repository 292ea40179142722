"""Abuse / PII screening before anything is drafted or indexed."""
from __future__ import annotations

import logging
import re

from clients.worker_cache import get_worker_clients, openai_client
from common.config import get_settings
from common.schema import Triage

log = logging.getLogger(__name__)

_CARD = re.compile(r"\b(?:\d[ -]*?){13,16}\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def redact(text: str) -> str:
    text = _CARD.sub("[card]", text)
    return _EMAIL.sub("[email]", text)


def openai_flags(text: str) -> list[str]:
    result = openai_client().moderations.create(
        model=get_settings().models.moderation_model,
        input=text,
    )
    cats = result.results[0].categories.model_dump()
    return [name for name, hit in cats.items() if hit]


def mistral_flags(text: str) -> list[str]:
    resp = get_worker_clients().mistral.classifiers.moderate(
        model="mistral-moderation-latest",
        inputs=[text],
    )
    scores = resp.results[0].categories
    return [name for name, hit in scores.items() if hit]


def screen(triage: Triage) -> Triage:
    """``op.map`` step. EU tenants go to Mistral moderation, everyone else to OpenAI."""
    text = redact(triage.message.body)
    try:
        if triage.message.metadata.get("region") == "eu":
            flags = mistral_flags(text)
        else:
            flags = openai_flags(text)
    except Exception:  # noqa: BLE001
        log.exception("moderation failed for %s; failing closed", triage.message.message_id)
        flags = ["moderation_error"]
    if flags:
        triage.flagged = True
        triage.reasons.extend(f"mod:{f}" for f in flags)
        if any(f.startswith("harassment") or f.startswith("hate") for f in flags):
            triage.category = "abuse"
    return triage
