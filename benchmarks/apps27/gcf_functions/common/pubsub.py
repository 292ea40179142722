"""Pub/Sub publishing + CloudEvent payload helpers."""
from __future__ import annotations

import base64
import json
import logging
from typing import Any

from cloudevents.http import CloudEvent
from google.cloud import pubsub_v1

from common.config import get_settings

log = logging.getLogger(__name__)

_publisher: pubsub_v1.PublisherClient | None = None


def publisher() -> pubsub_v1.PublisherClient:
    global _publisher
    if _publisher is None:
        _publisher = pubsub_v1.PublisherClient(
            batch_settings=pubsub_v1.types.BatchSettings(max_messages=50, max_latency=0.2)
        )
    return _publisher


def publish_json(topic: str, payload: dict[str, Any], **attributes: str) -> str:
    settings = get_settings()
    path = publisher().topic_path(settings.project_id, topic)
    data = json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")
    future = publisher().publish(path, data, **attributes)
    msg_id = future.result(timeout=30)
    log.debug("published %s to %s", msg_id, topic)
    return msg_id


def decode_pubsub_event(cloud_event: CloudEvent) -> dict[str, Any]:
    """Pub/Sub trigger payload -> dict. Accepts JSON or plain text bodies."""
    message = cloud_event.data.get("message", {})
    raw = base64.b64decode(message.get("data", b"")).decode("utf-8") if message.get("data") else ""
    try:
        body = json.loads(raw) if raw else {}
    except json.JSONDecodeError:
        body = {"text": raw}
    if not isinstance(body, dict):
        body = {"value": body}
    body.setdefault("_attributes", message.get("attributes") or {})
    body.setdefault("_message_id", message.get("messageId") or cloud_event["id"])
    return body


def gcs_object_from_event(cloud_event: CloudEvent) -> tuple[str, str, str]:
    data = cloud_event.data
    return data["bucket"], data["name"], data.get("contentType", "application/octet-stream")
