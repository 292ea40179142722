# -*- coding: utf-8 -*-
"""Raw HTTP access to the Anthropic Messages API.

Written before we were allowed to add the ``anthropic`` wheel to the
customer's odoo.sh build; a few customers still run with this path because
their workers sit behind a proxy that the SDK's httpx client did not honour.
"""
import json
import logging

import requests

_logger = logging.getLogger(__name__)

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
ANTHROPIC_VERSION = "2023-06-01"


class GatewayError(Exception):
    pass


def post_messages(api_key, model, system, messages, max_tokens=800, proxies=None, timeout=45):
    headers = {
        "x-api-key": api_key,
        "anthropic-version": ANTHROPIC_VERSION,
        "content-type": "application/json",
    }
    payload = {
        "model": model,
        "max_tokens": max_tokens,
        "system": system,
        "messages": messages,
    }
    resp = requests.post(
        ANTHROPIC_URL,
        headers=headers,
        data=json.dumps(payload),
        proxies=proxies,
        timeout=timeout,
    )
    if resp.status_code >= 400:
        _logger.warning("Anthropic gateway error %s: %s", resp.status_code, resp.text[:300])
        raise GatewayError(resp.text)
    body = resp.json()
    return "".join(part.get("text", "") for part in body.get("content", []))


def notify_webhook(url, event, payload, timeout=10):
    """Push an event to the customer's own integration (Teams/Slack/n8n)."""
    try:
        requests.post(url, json={"event": event, "payload": payload}, timeout=timeout)
    except requests.RequestException:
        _logger.exception("Webhook %s failed", url)
