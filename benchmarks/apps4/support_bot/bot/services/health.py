"""Health checks for the /support-bot-status command and the k8s readiness probe.

The deep check goes over raw HTTP on purpose: it exercises the egress proxy the same way
the SDKs do, without the SDK's retries hiding a flaky route.
"""
from __future__ import annotations

import logging
import os
import time
from typing import Dict

import requests

from bot.config import get_settings

log = logging.getLogger(__name__)

ANTHROPIC_MESSAGES_URL = "https://api.anthropic.com/v1/messages"
ANTHROPIC_STATUS_URL = "https://status.anthropic.com/api/v2/status.json"
PROXIES = {"https": os.environ["HTTPS_PROXY"]} if os.environ.get("HTTPS_PROXY") else None


def provider_status() -> Dict[str, str]:
    """Public status page indicator ("none", "minor", "major"...)."""
    try:
        resp = requests.get(ANTHROPIC_STATUS_URL, timeout=5, proxies=PROXIES)
        resp.raise_for_status()
        return {"anthropic": resp.json()["status"]["indicator"]}
    except Exception as exc:
        return {"anthropic": f"unknown ({exc.__class__.__name__})"}


def deep_check() -> Dict[str, object]:
    settings = get_settings()
    started = time.monotonic()
    resp = requests.post(
        ANTHROPIC_MESSAGES_URL,
        headers={
            "x-api-key": settings.anthropic_api_key,
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={
            "model": settings.fast_model,
            "max_tokens": 5,
            "messages": [{"role": "user", "content": "ping"}],
        },
        timeout=20,
        proxies=PROXIES,
    )
    latency_ms = int((time.monotonic() - started) * 1000)
    ok = resp.status_code == 200
    if not ok:
        log.warning("deep check failed: %s %s", resp.status_code, resp.text[:200])
    return {"ok": ok, "status": resp.status_code, "latency_ms": latency_ms}
