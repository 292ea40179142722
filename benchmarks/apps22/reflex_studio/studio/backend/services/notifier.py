"""Slack notifications when batch jobs finish."""
from __future__ import annotations

import logging

import httpx

from ..config import settings

logger = logging.getLogger(__name__)


async def notify(text: str, channel_hint: str = "#content-studio") -> None:
    if not settings.slack_webhook_url:
        logger.info("slack disabled: %s", text)
        return
    async with httpx.AsyncClient(timeout=10) as http:
        resp = await http.post(settings.slack_webhook_url, json={"text": f"{channel_hint} {text}"})
        if resp.status_code >= 400:
            logger.warning("slack webhook failed: %s %s", resp.status_code, resp.text[:200])
