"""Populates the model dropdowns on the settings page."""
from __future__ import annotations

import logging

from backend.llm import get_anthropic_client, get_cohere_client, get_mistral_client, get_openai_client

log = logging.getLogger(__name__)


def available_models() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    try:
        out["openai"] = sorted(m.id for m in get_openai_client().models.list() if m.id.startswith(("gpt", "o")))
    except Exception as exc:  # noqa: BLE001 - best effort for the UI
        log.info("openai models unavailable: %s", exc)
    try:
        out["anthropic"] = [m.id for m in get_anthropic_client().models.list(limit=50)]
    except Exception as exc:  # noqa: BLE001
        log.info("anthropic models unavailable: %s", exc)
    try:
        out["mistral"] = [m.id for m in get_mistral_client().models.list().data]
    except Exception as exc:  # noqa: BLE001
        log.info("mistral models unavailable: %s", exc)
    try:
        out["cohere"] = [m.name for m in get_cohere_client().models.list(endpoint="embed").models]
    except Exception as exc:  # noqa: BLE001
        log.info("cohere models unavailable: %s", exc)
    return out


def check_keys() -> dict[str, bool]:
    co = get_cohere_client()
    try:
        ok = co.check_api_key().valid
    except Exception:  # noqa: BLE001
        ok = False
    return {"cohere": ok}
