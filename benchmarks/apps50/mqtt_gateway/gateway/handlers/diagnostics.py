"""Device diagnostics triage via Grok (xAI).

Devices dump diagnostic blobs on ``<base>/devices/<device>/diag``.  The
reliability team wanted a second opinion from a different model family,
so this handler goes through the model registry ("diagnostics" role).
"""
from __future__ import annotations

import logging
from typing import Any

import paho.mqtt.client as mqtt

from gateway.dispatch import topic_parts
from gateway.services.prompts import DIAGNOSTICS
from gateway.utils.retry import retry

log = logging.getLogger(__name__)

MAX_DUMP_CHARS = 12_000


class DiagnosticsTriage:
    """Keeps the route so the worker does not hit the registry each time."""

    def __init__(self, registry) -> None:
        route = registry.route("diagnostics")
        self.client = route.client
        self.model = route.model

    def triage(self, device: str, dump: str) -> str:
        completion = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": "You are a field service engineer."},
                {"role": "user", "content": DIAGNOSTICS.format(device=device, dump=dump[:MAX_DUMP_CHARS])},
            ],
            temperature=0.1,
        )
        return completion.choices[0].message.content or ""

    def triage_with_retry(self, device: str, dump: str) -> str:
        create = retry(self.client.chat.completions.create, attempts=4)
        completion = create(
            model=self.model,
            messages=[{"role": "user", "content": DIAGNOSTICS.format(device=device, dump=dump[:MAX_DUMP_CHARS])}],
        )
        return completion.choices[0].message.content or ""


def handle_diag(client: mqtt.Client, userdata: dict[str, Any], msg: mqtt.MQTTMessage) -> None:
    parts = topic_parts(msg.topic, userdata["settings"].mqtt.base_topic)
    device = parts[1]
    dump = msg.payload.decode("utf-8", errors="replace")
    triage: DiagnosticsTriage = userdata.setdefault("diag_triage", DiagnosticsTriage(userdata["registry"]))

    def _work() -> None:
        text = triage.triage(device, dump)
        client.publish(f"{userdata['settings'].mqtt.base_topic}/devices/{device}/diag/triage", text, qos=1)

    userdata["pool"].submit(_work)


def quick_route_check(userdata: dict[str, Any], device: str) -> str:
    """One-liner sanity check the on-call runs from the debug shell."""
    route = userdata["registry"].route("diagnostics")
    reply = route.client.chat.completions.create(
        model=route.model,
        max_tokens=5,
        messages=[{"role": "user", "content": f"Reply OK if you can read this. Device {device}."}],
    )
    return reply.choices[0].message.content or ""
