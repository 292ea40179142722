"""Operator commands: ``<base>/gateway/cmd/<name>``.

Small admin surface for the on-call: list models, reclassify a window,
flush caches.  Anything destructive is deliberately absent.
"""
from __future__ import annotations

import json
import logging
from typing import Any

import paho.mqtt.client as mqtt

from gateway.dispatch import topic_parts
from gateway.handlers.anomaly import reclassify
from gateway.models import SensorWindow
from gateway.utils.json_tools import loads_payload

log = logging.getLogger(__name__)


def _cmd_models(client: mqtt.Client, userdata: dict[str, Any], payload: dict[str, Any]) -> dict[str, Any]:
    llm = userdata["llm"]
    openai_ids = [m.id for m in llm["openai"].models.list()]
    claude_ids = [m.id for m in llm["anthropic"].models.list(limit=20)]
    gemini_ids = [m.name for m in llm["genai"].models.list()]
    return {"openai": openai_ids[:30], "anthropic": claude_ids, "google": gemini_ids[:30]}


def _cmd_canary(client: mqtt.Client, userdata: dict[str, Any], payload: dict[str, Any]) -> dict[str, Any]:
    """Tiny request to every provider so on-call can tell which one is down."""
    llm = userdata["llm"]
    probes = {
        "openai": lambda: llm["openai"].chat.completions.create(
            model="gpt-4o-mini", max_tokens=1, messages=[{"role": "user", "content": "ping"}]
        ),
        "anthropic": lambda: llm["anthropic"].messages.create(
            model="claude-3-5-haiku-latest", max_tokens=1, messages=[{"role": "user", "content": "ping"}]
        ),
        "google": lambda: llm["genai"].models.generate_content(model="gemini-2.0-flash", contents="ping"),
    }
    status: dict[str, str] = {}
    for name, probe in probes.items():
        try:
            probe()
            status[name] = "ok"
        except Exception as exc:  # noqa: BLE001
            status[name] = f"error: {type(exc).__name__}"
    return status


def _cmd_reclassify(client: mqtt.Client, userdata: dict[str, Any], payload: dict[str, Any]) -> dict[str, Any]:
    window = SensorWindow.from_payload(payload["sensor_id"], payload)
    result = reclassify(window, model=payload.get("model", userdata["settings"].llm.anomaly_model))
    return json.loads(result.to_json())


def _cmd_flush(client: mqtt.Client, userdata: dict[str, Any], payload: dict[str, Any]) -> dict[str, Any]:
    embedder = userdata.get("embedder")
    if embedder is not None:
        embedder._cache.clear()
    userdata.pop("diag_triage", None)
    return {"flushed": True}


COMMANDS = {
    "models": _cmd_models,
    "canary": _cmd_canary,
    "reclassify": _cmd_reclassify,
    "flush": _cmd_flush,
}


def handle_command(client: mqtt.Client, userdata: dict[str, Any], msg: mqtt.MQTTMessage) -> None:
    parts = topic_parts(msg.topic, userdata["settings"].mqtt.base_topic)
    name = parts[-1]
    fn = COMMANDS.get(name)
    base = userdata["settings"].mqtt.base_topic
    if fn is None:
        client.publish(f"{base}/gateway/cmd_result/{name}", json.dumps({"error": "unknown command"}))
        return
    payload = loads_payload(msg.payload) if msg.payload else {}
    result = fn(client, userdata, payload)
    client.publish(f"{base}/gateway/cmd_result/{name}", json.dumps(result), qos=1)
