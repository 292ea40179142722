"""Sensor anomaly classification.

Topic: ``<base>/sensors/<sensor_id>/window``.  The edge PLC publishes a
rolling window whenever its own threshold check trips; we ask a model to
label it and publish the label on ``<base>/sensors/<sensor_id>/anomaly``.
"""
from __future__ import annotations

import json
import logging
from typing import Any

import paho.mqtt.client as mqtt

from gateway.dispatch import topic_parts
from gateway.models import Classification, SensorWindow
from gateway.services import get_openai_client
from gateway.services.prompts import ANOMALY_SYSTEM, ANOMALY_USER, render_values
from gateway.utils.json_tools import loads_model_json, loads_payload

log = logging.getLogger(__name__)

VALID_LABELS = {"spike", "drift", "stuck", "dropout", "noise", "normal"}


def _heuristic_label(window: SensorWindow) -> str | None:
    """Cheap pre-filter so obviously stuck sensors never reach a model."""
    vals = window.values
    if len(vals) >= 10 and max(vals) - min(vals) < 1e-9:
        return "stuck"
    if not vals:
        return "dropout"
    return None


def handle_sensor_window(client: mqtt.Client, userdata: dict[str, Any], msg: mqtt.MQTTMessage) -> None:
    parts = topic_parts(msg.topic, userdata["settings"].mqtt.base_topic)
    sensor_id = parts[1]
    window = SensorWindow.from_payload(sensor_id, loads_payload(msg.payload))

    quick = _heuristic_label(window)
    if quick:
        _publish(client, userdata, Classification(sensor_id, quick, 2, "heuristic", "rules"))
        return

    userdata["pool"].submit(_classify_and_publish, client, userdata, window)


def _classify_and_publish(client: mqtt.Client, userdata: dict[str, Any], window: SensorWindow) -> None:
    oa = userdata["llm"]["openai"]
    model = userdata["settings"].llm.anomaly_model
    resp = oa.chat.completions.create(
        model=model,
        temperature=0,
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": ANOMALY_SYSTEM},
            {
                "role": "user",
                "content": ANOMALY_USER.format(
                    sensor_id=window.sensor_id,
                    kind=window.kind,
                    unit=window.unit,
                    values=render_values(window.values),
                    lo=window.lo,
                    hi=window.hi,
                ),
            },
        ],
    )
    data = loads_model_json(resp.choices[0].message.content or "{}")
    label = data.get("label", "noise")
    if label not in VALID_LABELS:
        log.warning("model returned unknown label %r for %s", label, window.sensor_id)
        label = "noise"
    result = Classification(
        sensor_id=window.sensor_id,
        label=label,
        severity=int(data.get("severity", 1)),
        reason=str(data.get("reason", ""))[:200],
        model=model,
    )
    _publish(client, userdata, result)
    if result.severity >= 4:
        userdata["store"].create("anomaly", window.sensor_id, result.reason, {"label": label})


def reclassify(window: SensorWindow, model: str = "gpt-4o-mini") -> Classification:
    """Used by the replay script and the `reclassify` operator command."""
    resp = get_openai_client().responses.create(
        model=model,
        instructions=ANOMALY_SYSTEM,
        input=ANOMALY_USER.format(
            sensor_id=window.sensor_id,
            kind=window.kind,
            unit=window.unit,
            values=render_values(window.values),
            lo=window.lo,
            hi=window.hi,
        ),
    )
    data = loads_model_json(resp.output_text)
    return Classification(window.sensor_id, data.get("label", "noise"), int(data.get("severity", 1)), data.get("reason", ""), model)


def _publish(client: mqtt.Client, userdata: dict[str, Any], result: Classification) -> None:
    base = userdata["settings"].mqtt.base_topic
    client.publish(f"{base}/sensors/{result.sensor_id}/anomaly", result.to_json(), qos=1)
    log.info("anomaly %s -> %s (sev %d)", result.sensor_id, result.label, result.severity)


def handle_label_feedback(client: mqtt.Client, userdata: dict[str, Any], msg: mqtt.MQTTMessage) -> None:
    """Operators correct labels from the HMI; we just store them for now."""
    payload = loads_payload(msg.payload)
    userdata["store"].create(
        "label_feedback",
        payload.get("sensor_id", "?"),
        json.dumps(payload),
        {"operator": payload.get("operator")},
    )
