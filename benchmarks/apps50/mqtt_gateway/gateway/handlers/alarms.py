"""Alarm ingestion and burst summarisation.

Individual alarms arrive on ``<base>/alarms/<area>``.  When an area emits
``burst_threshold`` alarms within ``burst_window_s`` we ask Gemini for a
short summary and publish it on ``<base>/alarms/<area>/summary``.
"""
from __future__ import annotations

import logging
import time
from typing import Any

import paho.mqtt.client as mqtt
from google.genai import types

from gateway.dispatch import topic_parts
from gateway.models import Alarm
from gateway.services.prompts import ALARM_SUMMARY
from gateway.utils.json_tools import loads_payload

log = logging.getLogger(__name__)

SUMMARY_CONFIG = types.GenerateContentConfig(
    temperature=0.2,
    max_output_tokens=400,
    system_instruction="You write terse shift-handover notes for process plants.",
)


def handle_alarm(client: mqtt.Client, userdata: dict[str, Any], msg: mqtt.MQTTMessage) -> None:
    parts = topic_parts(msg.topic, userdata["settings"].mqtt.base_topic)
    area = parts[1]
    payload = loads_payload(msg.payload)
    alarm = Alarm(
        alarm_id=payload.get("id", f"{area}-{int(time.time() * 1000)}"),
        area=area,
        code=payload.get("code", "UNK"),
        message=payload.get("message", ""),
        priority=int(payload.get("priority", 3)),
    )
    burst = userdata["buffer"].add(alarm)
    if burst:
        log.info("alarm burst in %s: %d alarms", area, len(burst))
        userdata["pool"].submit(summarise_and_publish, client, userdata, area, burst)


def summarise_burst(genai_client, model: str, area: str, burst: list[Alarm]) -> str:
    prompt = ALARM_SUMMARY.format(
        count=len(burst), area=area, alarms="\n".join(a.line() for a in burst)
    )
    response = genai_client.models.generate_content(
        model=model,
        contents=prompt,
        config=SUMMARY_CONFIG,
    )
    if response.usage_metadata:
        log.debug("gemini tokens in=%s out=%s", response.usage_metadata.prompt_token_count,
                  response.usage_metadata.candidates_token_count)
    return response.text or ""


def summarise_and_publish(client: mqtt.Client, userdata: dict[str, Any], area: str, burst: list[Alarm]) -> None:
    settings = userdata["settings"]
    try:
        summary = summarise_burst(userdata["llm"]["genai"], settings.llm.alarm_model, area, burst)
    except Exception:  # noqa: BLE001
        log.exception("gemini summary failed, falling back to openai")
        summary = _fallback_summary(userdata, area, burst)
    base = settings.mqtt.base_topic
    client.publish(f"{base}/alarms/{area}/summary", summary, qos=1, retain=True)
    userdata["store"].create("alarm_burst", area, summary, {"count": len(burst)})


def _fallback_summary(userdata: dict[str, Any], area: str, burst: list[Alarm]) -> str:
    oa = userdata["llm"]["openai"]
    future = userdata["pool"].submit(
        oa.chat.completions.create,
        model="gpt-4o-mini",
        max_tokens=300,
        messages=[
            {
                "role": "user",
                "content": ALARM_SUMMARY.format(
                    count=len(burst), area=area, alarms="\n".join(a.line() for a in burst)
                ),
            }
        ],
    )
    return future.result(timeout=60).choices[0].message.content or ""


async def stream_summary(genai_client, model: str, area: str, burst: list[Alarm], publish) -> None:
    """Streaming variant used by the HMI's "explain burst" button."""
    prompt = ALARM_SUMMARY.format(count=len(burst), area=area, alarms="\n".join(a.line() for a in burst))
    async for chunk in await genai_client.aio.models.generate_content_stream(
        model=model, contents=prompt, config=SUMMARY_CONFIG
    ):
        if chunk.text:
            publish(chunk.text)


def handle_alarm_ack(client: mqtt.Client, userdata: dict[str, Any], msg: mqtt.MQTTMessage) -> None:
    payload = loads_payload(msg.payload)
    log.info("alarm %s acknowledged by %s", payload.get("id"), payload.get("operator"))
