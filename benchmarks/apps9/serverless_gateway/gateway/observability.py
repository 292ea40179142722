"""Logging (structlog: JSON in Modal containers, pretty console locally) and alerting
(Slack for humans, Datadog logs intake for dashboards)."""
from __future__ import annotations

import json
import logging
import os
import sys
import time
from typing import Any, Dict, List, Optional

import httpx
import requests
import structlog

_configured = False


def configure_logging(level: str = "INFO") -> None:
    global _configured
    if _configured:
        return
    in_modal = bool(os.environ.get("MODAL_TASK_ID"))
    processors = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso"),
    ]
    if in_modal:
        processors.append(structlog.processors.JSONRenderer())
    else:
        processors.append(structlog.dev.ConsoleRenderer())
    structlog.configure(
        processors=processors,
        wrapper_class=structlog.make_filtering_bound_logger(getattr(logging, level)),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stdout),
    )
    _configured = True


def get_logger(name: str):
    configure_logging(os.environ.get("LOG_LEVEL", "INFO"))
    return structlog.get_logger(name)


log = get_logger(__name__)

DD_LOGS_URL = "https://http-intake.logs.datadoghq.com/api/v2/logs"


def post_slack_alert(title: str, details: Dict[str, Any], *, channel: Optional[str] = None) -> bool:
    from gateway.config import get_settings

    url = get_settings().slack_webhook_url
    if not url:
        log.info("slack_alert_skipped", title=title)
        return False
    blocks = [
        {"type": "header", "text": {"type": "plain_text", "text": title[:150]}},
        {
            "type": "section",
            "text": {"type": "mrkdwn", "text": "```" + json.dumps(details, indent=2)[:2800] + "```"},
        },
    ]
    payload: Dict[str, Any] = {"blocks": blocks}
    if channel:
        payload["channel"] = channel
    resp = requests.post(url, json=payload, timeout=5)
    if resp.status_code >= 300:
        log.warning("slack_alert_failed", status=resp.status_code, body=resp.text[:200])
        return False
    return True


async def ship_events_to_datadog(events: List[Dict[str, Any]], *, service: str = "inference-gateway") -> None:
    from gateway.config import get_settings

    api_key = get_settings().datadog_api_key
    if not api_key or not events:
        return
    now_ms = int(time.time() * 1000)
    body = [
        {"ddsource": "modal", "service": service, "timestamp": now_ms, "message": json.dumps(e)}
        for e in events
    ]
    async with httpx.AsyncClient(timeout=5.0) as client:
        resp = await client.post(DD_LOGS_URL, headers={"DD-API-KEY": api_key}, json=body)
        if resp.status_code >= 300:
            log.warning("datadog_ship_failed", status=resp.status_code)
