"""Outbound webhooks to customer systems when processing finishes."""
import hashlib
import hmac
import json
import logging
import time

import requests

from docproc.errors import IntegrationError

logger = logging.getLogger(__name__)

SIGNING_HEADER = "X-Briefwell-Signature"


def _sign(secret: str, body: bytes, ts: int) -> str:
    mac = hmac.new(secret.encode(), f"{ts}.".encode() + body, hashlib.sha256)
    return f"t={ts},v1={mac.hexdigest()}"


def notify(url: str, secret: str, event: str, payload: dict) -> None:
    body = json.dumps({"event": event, "data": payload}, default=str).encode()
    ts = int(time.time())
    try:
        resp = requests.post(
            url,
            data=body,
            headers={"Content-Type": "application/json", SIGNING_HEADER: _sign(secret, body, ts)},
            timeout=10,
        )
    except requests.RequestException as exc:
        raise IntegrationError(f"webhook {url} unreachable: {exc}") from exc
    if resp.status_code >= 300:
        raise IntegrationError(f"webhook {url} returned {resp.status_code}")
    logger.info("webhook %s delivered to %s", event, url)
