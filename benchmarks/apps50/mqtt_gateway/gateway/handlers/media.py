"""Camera snapshots and voice notes.

* ``cameras/<cam>/snapshot`` - JPEG of an analogue gauge; we read the value.
* ``operator/voice/<operator>`` - short voice note (webm/opus) from the HMI
  tablet; transcribed and re-published as an operator question.
* ``pa/announce`` - text to be spoken on the PA; synthesised to mp3 and
  handed to the PA controller topic.
"""
from __future__ import annotations

import asyncio
import functools
import io
import json
import logging
import re
from typing import Any

import paho.mqtt.client as mqtt
from google.genai import types

from gateway.dispatch import topic_parts
from gateway.services import get_openai_client

log = logging.getLogger(__name__)

GAUGE_MODEL = "gemini-2.0-flash"
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")

GAUGE_PROMPT = (
    "This is a photo of an analogue process gauge. Return only the reading as a "
    "number in the gauge's own unit, or NONE if unreadable."
)


async def read_gauge(genai_client, jpeg: bytes) -> float | None:
    resp = await asyncio.to_thread(
        genai_client.models.generate_content,
        model=GAUGE_MODEL,
        contents=[types.Part.from_bytes(data=jpeg, mime_type="image/jpeg"), GAUGE_PROMPT],
    )
    match = _NUMBER.search(resp.text or "")
    return float(match.group()) if match else None


def read_gauge_openai(jpeg_b64: str) -> float | None:
    """Fallback when Gemini refuses (it sometimes does on blurry frames)."""
    resp = get_openai_client().responses.create(
        model="gpt-4o-mini",
        input=[
            {
                "role": "user",
                "content": [
                    {"type": "input_text", "text": GAUGE_PROMPT},
                    {"type": "input_image", "image_url": f"data:image/jpeg;base64,{jpeg_b64}"},
                ],
            }
        ],
    )
    match = _NUMBER.search(resp.output_text or "")
    return float(match.group()) if match else None


def handle_snapshot(client: mqtt.Client, userdata: dict[str, Any], msg: mqtt.MQTTMessage) -> None:
    parts = topic_parts(msg.topic, userdata["settings"].mqtt.base_topic)
    cam = parts[1]
    jpeg = bytes(msg.payload)

    def _work() -> None:
        value = asyncio.run(read_gauge(userdata["llm"]["genai"], jpeg))
        base = userdata["settings"].mqtt.base_topic
        client.publish(f"{base}/cameras/{cam}/reading", json.dumps({"value": value}), qos=1)

    userdata["pool"].submit(_work)


def handle_voice_note(client: mqtt.Client, userdata: dict[str, Any], msg: mqtt.MQTTMessage) -> None:
    parts = topic_parts(msg.topic, userdata["settings"].mqtt.base_topic)
    operator = parts[-1]
    audio = io.BytesIO(bytes(msg.payload))
    audio.name = "note.webm"

    def _work() -> None:
        oa = userdata["llm"]["openai"]
        transcript = oa.audio.transcriptions.create(model="whisper-1", file=audio, language="en")
        base = userdata["settings"].mqtt.base_topic
        client.publish(
            f"{base}/operator/ask",
            json.dumps({"operator": operator, "text": transcript.text, "source": "voice"}),
            qos=1,
        )

    userdata["pool"].submit(_work)


def handle_announce(client: mqtt.Client, userdata: dict[str, Any], msg: mqtt.MQTTMessage) -> None:
    text = msg.payload.decode("utf-8", errors="replace")[:500]
    speak = functools.partial(
        userdata["llm"]["openai"].audio.speech.create, model="tts-1", voice="alloy", response_format="mp3"
    )

    def _work() -> None:
        audio = speak(input=text)
        client.publish("pa/controller/play", audio.content, qos=1)

    userdata["pool"].submit(_work)


def describe_frames(genai_client, frames: list[bytes]) -> str:
    """Batch description for the nightly camera QA report."""
    contents: list[Any] = [types.Part.from_bytes(data=f, mime_type="image/jpeg") for f in frames]
    contents.append("Describe any visible leaks, smoke or obstructions per frame.")
    result = genai_client.models.generate_content(model=GAUGE_MODEL, contents=contents)
    return result.text or ""
