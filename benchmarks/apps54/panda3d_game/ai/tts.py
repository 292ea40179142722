"""Narrated voice lines via OpenAI TTS, cached on disk and played with Panda3D audio."""
import hashlib
import logging
import os
from pathlib import Path

from panda3d.core import Filename

from ai.clients import get_openai_client
from ai.config import load_ai_config

log = logging.getLogger("hollowmere.tts")

CACHE_DIR = Path(os.path.expanduser("~/.hollowmere/voice_cache"))

NPC_VOICES = {
    "innkeeper": "fable",
    "guard": "onyx",
    "witch": "shimmer",
    "narrator": "echo",
}


class VoiceNarrator:
    def __init__(self, client=None, model: str = "tts-1"):
        self.client = client or get_openai_client()
        self.model = model
        self.default_voice = load_ai_config().tts_voice
        CACHE_DIR.mkdir(parents=True, exist_ok=True)

    def _cache_path(self, text: str, voice: str) -> Path:
        digest = hashlib.sha1(f"{self.model}|{voice}|{text}".encode()).hexdigest()[:16]
        return CACHE_DIR / f"{voice}_{digest}.mp3"

    def synthesize(self, text: str, role: str = "narrator") -> Path:
        """Blocking; call from a worker thread."""
        voice = NPC_VOICES.get(role, self.default_voice)
        path = self._cache_path(text, voice)
        if path.exists():
            return path
        with self.client.audio.speech.with_streaming_response.create(
            model=self.model,
            voice=voice,
            input=text,
            response_format="mp3",
        ) as response:
            response.stream_to_file(path)
        return path

    def synthesize_bytes(self, text: str, voice: str = "echo") -> bytes:
        # used by the cutscene editor preview, no caching
        audio = self.client.audio.speech.create(model="tts-1-hd", voice=voice, input=text)
        return audio.content

    def play(self, path: Path, volume: float = 1.0):
        sound = base.loader.loadSfx(Filename.fromOsSpecific(str(path)))
        sound.setVolume(volume)
        sound.play()
        return sound
