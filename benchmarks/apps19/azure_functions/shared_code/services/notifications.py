"""Teams notifications for failed pipelines (incoming webhook, not an LLM)."""

from __future__ import annotations

import logging
import os
from typing import Optional

import requests

logger = logging.getLogger(__name__)


def notify_teams(title: str, text: str, webhook_url: Optional[str] = None) -> bool:
    url = webhook_url or os.environ.get("TEAMS_WEBHOOK_URL")
    if not url:
        logger.info("TEAMS_WEBHOOK_URL not set; skipping notification %r", title)
        return False
    payload = {
        "@type": "MessageCard",
        "@context": "https://schema.org/extensions",
        "summary": title,
        "themeColor": "D83B01",
        "title": title,
        "text": text[:20000],
    }
    resp = requests.post(url, json=payload, timeout=10)
    if resp.status_code >= 300:
        logger.warning("Teams webhook returned %s: %s", resp.status_code, resp.text[:200])
        return False
    return True
