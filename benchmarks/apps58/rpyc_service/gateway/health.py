"""Readiness probe: checks credentials without spending tokens."""
from __future__ import annotations

import logging

from gateway.clients import get_anthropic_client, get_cohere_client, get_genai_client, get_openai_client

log = logging.getLogger(__name__)


def check_openai() -> bool:
    try:
        return bool(list(get_openai_client().models.list()))
    except Exception:  # noqa: BLE001
        log.exception("openai not ready")
        return False


def check_anthropic() -> bool:
    try:
        get_anthropic_client().models.list(limit=1)
        return True
    except Exception:  # noqa: BLE001
        log.exception("anthropic not ready")
        return False


def check_google() -> bool:
    try:
        for _ in get_genai_client().models.list(config={"page_size": 1}):
            return True
        return False
    except Exception:  # noqa: BLE001
        return False


def check_cohere() -> bool:
    try:
        get_cohere_client().models.list(page_size=1)
        return True
    except Exception:  # noqa: BLE001
        return False


def readiness(registry) -> dict[str, bool]:
    checks = {
        "openai": check_openai,
        "anthropic": check_anthropic,
        "google": check_google,
        "cohere": check_cohere,
    }
    status = {name: fn() for name, fn in checks.items() if name in registry}
    if "bedrock" in registry:
        status["bedrock"] = registry.get("bedrock").healthcheck()
    return status
