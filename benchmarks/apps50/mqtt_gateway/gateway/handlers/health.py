"""Gateway heartbeat and status topic."""
from __future__ import annotations

import json
import os
import time
from typing import Any

import paho.mqtt.client as mqtt

from gateway import __version__
from gateway.handlers.telemetry import counters, stale_devices

_STARTED = time.time()


def status_payload(userdata: dict[str, Any]) -> dict[str, Any]:
    return {
        "version": __version__,
        "pid": os.getpid(),
        "uptime_s": int(time.time() - _STARTED),
        "llm_inflight": userdata["pool"].inflight,
        "devices": counters(),
        "stale": stale_devices(),
        "dry_run": userdata["settings"].dry_run,
    }


def handle_ping(client: mqtt.Client, userdata: dict[str, Any], msg: mqtt.MQTTMessage) -> None:
    base = userdata["settings"].mqtt.base_topic
    client.publish(f"{base}/gateway/status", json.dumps(status_payload(userdata)), qos=0)
