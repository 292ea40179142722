"""Voice notes posted in Slack support channels are transcribed before answering."""
from __future__ import annotations

import io
import logging
from typing import Optional

import requests

from bot.config import get_settings

log = logging.getLogger(__name__)

AUDIO_MIMETYPES = {"audio/webm", "audio/mp4", "audio/mpeg", "audio/ogg", "video/mp4"}
MAX_AUDIO_BYTES = 25 * 1024 * 1024


def is_voice_clip(file_info: dict) -> bool:
    return file_info.get("mimetype") in AUDIO_MIMETYPES or file_info.get("subtype") == "slack_audio"


def download_slack_file(url: str) -> bytes:
    resp = requests.get(
        url,
        headers={"Authorization": f"Bearer {get_settings().slack_bot_token}"},
        timeout=30,
    )
    resp.raise_for_status()
    if len(resp.content) > MAX_AUDIO_BYTES:
        raise ValueError("voice clip too large")
    return resp.content


def transcribe(file_info: dict) -> Optional[str]:
    if not is_voice_clip(file_info):
        return None
    audio = download_slack_file(file_info["url_private_download"])
    buf = io.BytesIO(audio)
    buf.name = file_info.get("name") or "clip.webm"
    from bot.llm import openai_client  # built lazily on first use

    result = openai_client.audio.transcriptions.create(model="gpt-4o-mini-transcribe", file=buf)
    log.info("transcribed %d bytes of audio", len(audio))
    return result.text
