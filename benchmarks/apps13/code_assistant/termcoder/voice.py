"""/voice: record from the microphone and transcribe with Whisper."""

import math
import os
import queue
import tempfile
import time
from typing import Optional

from openai import OpenAI

from .logging_setup import get_logger
from .providers.clients import get_groq_client

log = get_logger(__name__)

SAMPLE_RATE = 16000
MAX_UPLOAD_BYTES = 25 * 1024 * 1024


class SoundDeviceError(Exception):
    pass


class Voice:
    max_rms = 0.0
    min_rms = 1e5
    pct = 0.0
    threshold = 0.15

    def __init__(self, backend: str = "openai", api_key: Optional[str] = None, device_name=None):
        try:
            import sounddevice as sd
            import soundfile as sf  # noqa: F401
        except (OSError, ModuleNotFoundError) as err:
            raise SoundDeviceError(f"Audio support unavailable: {err}") from err
        self.sd = sd
        self.backend = backend
        self.device_id = self._find_device(device_name)
        # Whisper via OpenAI has been here since the first /voice release; Groq was added
        # later as a faster option.
        self.client = OpenAI(api_key=api_key) if backend == "openai" else None
        self.q: "queue.Queue" = queue.Queue()

    def _find_device(self, device_name) -> Optional[int]:
        if not device_name:
            return None
        for i, dev in enumerate(self.sd.query_devices()):
            if device_name in dev["name"]:
                return i
        raise SoundDeviceError(f"Device '{device_name}' not found")

    def callback(self, indata, frames, time_info, status):
        import numpy as np

        rms = float(np.sqrt(np.mean(indata**2)))
        self.max_rms = max(self.max_rms, rms)
        self.min_rms = min(self.min_rms, rms)
        rng = self.max_rms - self.min_rms
        self.pct = (rms - self.min_rms) / rng if rng > 0.001 else 0.5
        self.q.put(indata.copy())

    def level_bar(self) -> str:
        bars = 10
        filled = int(math.floor(self.pct * bars)) if self.pct >= self.threshold else 0
        return "░" * filled + " " * (bars - filled)

    def record(self, seconds_of_silence: float = 2.0, max_seconds: float = 120.0) -> str:
        import soundfile as sf

        fname = tempfile.mktemp(suffix=".wav")
        started = time.time()
        quiet_since = None
        with sf.SoundFile(fname, mode="x", samplerate=SAMPLE_RATE, channels=1) as out:
            with self.sd.InputStream(
                samplerate=SAMPLE_RATE, channels=1, callback=self.callback, device=self.device_id
            ):
                while time.time() - started < max_seconds:
                    out.write(self.q.get())
                    if self.pct < self.threshold:
                        quiet_since = quiet_since or time.time()
                        if time.time() - quiet_since > seconds_of_silence:
                            break
                    else:
                        quiet_since = None
        return fname

    def transcribe(self, fname: str, history: Optional[str] = None, language: Optional[str] = None) -> str:
        size = os.path.getsize(fname)
        if size > MAX_UPLOAD_BYTES:
            raise SoundDeviceError("Recording is too long to transcribe")

        with open(fname, "rb") as fh:
            if self.backend == "groq":
                result = get_groq_client().audio.transcriptions.create(
                    file=(os.path.basename(fname), fh.read()),
                    model="whisper-large-v3-turbo",
                    prompt=history,
                    language=language,
                    response_format="json",
                )
            else:
                result = self.client.audio.transcriptions.create(
                    model="whisper-1",
                    file=fh,
                    prompt=history,
                    language=language,
                )
        log.debug("transcribed %d bytes with %s", size, self.backend)
        return result.text

    def record_and_transcribe(self, history=None, language=None) -> Optional[str]:
        fname = self.record()
        try:
            return self.transcribe(fname, history=history, language=language)
        finally:
            try:
                os.remove(fname)
            except OSError:
                pass
