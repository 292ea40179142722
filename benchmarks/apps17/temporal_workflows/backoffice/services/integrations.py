"""Clients for internal systems: the ERP REST API (NetSuite proxy) and Slack."""
from __future__ import annotations

import logging
from typing import Any, Dict, Optional

import httpx
import requests

from backoffice.config import get_settings

logger = logging.getLogger(__name__)


class ErpClient:
    def __init__(self, base_url: Optional[str] = None, token: Optional[str] = None) -> None:
        s = get_settings()
        self._http = httpx.AsyncClient(
            base_url=base_url or s.erp_base_url,
            headers={"Authorization": f"Bearer {token or s.erp_token}"},
            timeout=20.0,
        )

    async def get_purchase_order(self, po_number: str) -> Optional[Dict[str, Any]]:
        resp = await self._http.get(f"/purchase-orders/{po_number}")
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        return resp.json()

    async def post_bill(self, bill: Dict[str, Any]) -> str:
        resp = await self._http.post("/vendor-bills", json=bill)
        resp.raise_for_status()
        return resp.json()["id"]

    async def aclose(self) -> None:
        await self._http.aclose()



def post_to_slack(text: str, channel: Optional[str] = None) -> bool:
    url = get_settings().slack_webhook_url
    if not url:
        logger.info("slack disabled, would have posted: %s", text[:200])
        return False
    payload = {"text": text}
    if channel:
        payload["channel"] = channel
    resp = requests.post(url, json=payload, timeout=10)
    if resp.status_code >= 400:
        logger.warning("slack webhook returned %s: %s", resp.status_code, resp.text[:200])
        return False
    return True
