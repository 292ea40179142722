"""Text-to-speech for NPC lines.

Audio is synthesized on the worker, written to a cache dir, then played with
pygame.mixer on the main thread when the job completes.
"""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from settings import AI_SETTINGS

log = logging.getLogger(__name__)

CACHE_DIR = Path.home() / ".emberfall" / "tts_cache"


class NPCVoice:
    def __init__(self, client, worker, mixer=None):
        self.client = client  # OpenAI client from main.py
        self.worker = worker
        self.mixer = mixer
        CACHE_DIR.mkdir(parents=True, exist_ok=True)

    def _cache_path(self, text: str, voice: str) -> Path:
        key = hashlib.sha1(f"{voice}:{text}".encode()).hexdigest()[:16]
        return CACHE_DIR / f"{key}.mp3"

    def synthesize(self, text: str, voice: str = "alloy", instructions: str | None = None) -> Path:
        path = self._cache_path(text, voice)
        if path.exists():
            return path
        with self.client.audio.speech.with_streaming_response.create(
            model=AI_SETTINGS.tts_model,
            voice=voice,
            input=text,
            instructions=instructions or "Speak like a character in a medieval village.",
            response_format="mp3",
        ) as response:
            response.stream_to_file(path)
        return path

    def speak(self, npc, text: str) -> None:
        if not AI_SETTINGS.tts_enabled or self.mixer is None:
            return
        voice = AI_SETTINGS.voices.get(npc.voice, AI_SETTINGS.voices["default"])
        self.worker.submit(self.synthesize, text, voice, tag="tts", on_done=self.mixer.play_voice)


def synthesize_bark_sync(client, text: str, voice: str, out: Path) -> Path:
    """Used by scripts/pregen_barks.py; no cache, no streaming."""
    audio = client.audio.speech.create(model="tts-1", voice=voice, input=text)
    out.write_bytes(audio.content)
    return out
