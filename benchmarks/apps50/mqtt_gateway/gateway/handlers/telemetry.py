"""Plain telemetry ingestion - no models involved.

Kept here because it shares the dispatch table; the heavy lifting
(Influx forwarding) happens in the sidecar.
"""
from __future__ import annotations

import logging
import time
from collections import Counter
from typing import Any

import paho.mqtt.client as mqtt

from gateway.dispatch import topic_parts
from gateway.utils.json_tools import loads_payload

log = logging.getLogger(__name__)

_counts: Counter[str] = Counter()
_last_seen: dict[str, float] = {}


def handle_telemetry(client: mqtt.Client, userdata: dict[str, Any], msg: mqtt.MQTTMessage) -> None:
    parts = topic_parts(msg.topic, userdata["settings"].mqtt.base_topic)
    device = parts[1] if len(parts) > 1 else "unknown"
    _counts[device] += 1
    _last_seen[device] = time.time()
    try:
        payload = loads_payload(msg.payload)
    except ValueError:
        log.warning("bad telemetry from %s", device)
        return
    if payload.get("status") == "fault":
        userdata["store"].create("device_fault", device, payload.get("detail", ""), {"raw": payload})


def stale_devices(max_age_s: float = 300.0) -> list[str]:
    now = time.time()
    return sorted(d for d, ts in _last_seen.items() if now - ts > max_age_s)


def counters() -> dict[str, int]:
    return dict(_counts)
