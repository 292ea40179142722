"""Job notifications (Slack)."""
from __future__ import annotations

import logging
from typing import Optional

import httpx

from labelkit.config import get_settings

log = logging.getLogger(__name__)


def notify_job_finished(job_name: str, status: str, summary: dict, url: Optional[str] = None) -> None:
    webhook = url or get_settings().slack_webhook_url
    if not webhook:
        return
    emoji = ":white_check_mark:" if status == "succeeded" else ":rotating_light:"
    text = (
        f"{emoji} labelkit job *{job_name}* {status}: "
        f"{summary.get('labelled', 0)} labelled, {summary.get('failed', 0)} failed, "
        f"{summary.get('elapsed_s', 0):.0f}s"
    )
    try:
        resp = httpx.post(webhook, json={"text": text}, timeout=10)
        resp.raise_for_status()
    except httpx.HTTPError as exc:
        log.warning("slack notification failed: %s", exc)
