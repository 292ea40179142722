"""HTTP helpers for the REST sources and Slack notifications."""
from __future__ import annotations

import logging
from typing import Any, Iterator, Optional

import dlt
from dlt.sources.helpers import requests

logger = logging.getLogger(__name__)


def paginate(url: str, auth: Optional[tuple[str, str]] = None, params: Optional[dict] = None,
             data_key: str = "results", next_key: str = "next_page") -> Iterator[list[dict]]:
    """Follow ``next_page`` links, yielding one page of records at a time."""
    while url:
        resp = requests.get(url, auth=auth, params=params, timeout=30)
        resp.raise_for_status()
        payload = resp.json()
        yield payload.get(data_key, [])
        url = payload.get(next_key)
        params = None


def notify_slack(text: str, blocks: Optional[list[dict[str, Any]]] = None) -> None:
    webhook = dlt.secrets.get("notifications.slack_webhook")
    if not webhook:
        logger.info("slack webhook not configured; message: %s", text)
        return
    resp = requests.post(webhook, json={"text": text, "blocks": blocks or []}, timeout=10)
    if resp.status_code >= 400:
        logger.warning("slack notification failed: %s", resp.text)
