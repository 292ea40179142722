"""Voice-note support: Teams users can send an audio attachment describing the issue."""

import io
import logging

import aiohttp

from services import aoai, get_settings

logger = logging.getLogger(__name__)


async def download_attachment(url: str, token: str) -> bytes:
    async with aiohttp.ClientSession() as session:
        async with session.get(url, headers={"Authorization": f"Bearer {token}"}) as resp:
            resp.raise_for_status()
            return await resp.read()


async def transcribe_voice_note(audio: bytes, filename: str = "note.m4a") -> str:
    buf = io.BytesIO(audio)
    buf.name = filename
    result = await aoai().audio.transcriptions.create(
        model=get_settings().whisper_deployment,
        file=buf,
        response_format="text",
    )
    return result if isinstance(result, str) else result.text
