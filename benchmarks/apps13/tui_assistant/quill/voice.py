"""Voice input: record from the microphone, transcribe with Whisper."""

from __future__ import annotations

import logging
import math
import os
import queue
import tempfile
import time
from typing import Optional

import openai

from quill.exceptions import SoundDeviceError
from quill.llm import litellm
from quill.models import clients

log = logging.getLogger(__name__)

DEFAULT_WHISPER = "whisper-1"
GROQ_WHISPER = "whisper-large-v3-turbo"
OPENAI_WHISPER_LIMIT = 25 * 1024 * 1024


class Voice:
    max_rms = 0
    min_rms = 1e5
    pct = 0
    threshold = 0.15

    def __init__(self, audio_format: str = "wav", device_name: Optional[str] = None, backend: str = "litellm"):
        try:
            import soundfile as sf  # noqa: F401
            import sounddevice as sd
        except (OSError, ModuleNotFoundError) as err:
            raise SoundDeviceError(f"Voice input needs PortAudio: {err}") from err
        self.sd = sd
        self.audio_format = audio_format
        self.backend = backend
        self.device_id = None
        if device_name:
            for i, dev in enumerate(sd.query_devices()):
                if device_name in dev["name"]:
                    self.device_id = i
                    break
            else:
                raise ValueError(f"Device '{device_name}' not found")
        self.q: "queue.Queue" = queue.Queue()
        self.start_time = 0.0

    def callback(self, indata, frames, time_info, status):
        import numpy as np

        rms = float(np.sqrt(np.mean(indata**2)))
        self.max_rms = max(self.max_rms, rms)
        self.min_rms = min(self.min_rms, rms)
        rng = self.max_rms - self.min_rms
        self.pct = (rms - self.min_rms) / rng if rng > 0.001 else 0.5
        self.q.put(indata.copy())

    def get_prompt(self) -> str:
        num = 10
        cnt = 0 if math.isnan(self.pct) or self.pct < self.threshold else int(self.pct * 10)
        bar = "░" * cnt + "█" * (num - cnt)
        dur = time.time() - self.start_time
        return f"Recording, press ENTER when done... {dur:.1f}sec {bar[:num]}"

    def record(self, input_fn=input) -> str:
        import soundfile as sf

        filename = tempfile.mktemp(suffix=".wav")
        sample_rate = int(self.sd.query_devices(self.device_id, "input")["default_samplerate"])
        self.start_time = time.time()
        with self.sd.InputStream(samplerate=sample_rate, channels=1, callback=self.callback, device=self.device_id):
            input_fn(self.get_prompt())
        with sf.SoundFile(filename, mode="x", samplerate=sample_rate, channels=1) as fh:
            while not self.q.empty():
                fh.write(self.q.get())
        return filename

    def transcribe(self, filename: str, history: Optional[str] = None, language: Optional[str] = None) -> Optional[str]:
        if self.backend == "groq":
            return self._transcribe_groq(filename, history, language)
        if self.backend == "openai":
            return self._transcribe_openai(filename, history, language)

        with open(filename, "rb") as fh:
            try:
                transcript = litellm.transcription(
                    model=DEFAULT_WHISPER, file=fh, prompt=history, language=language
                )
            except Exception as err:
                log.error("Unable to transcribe %s: %s", filename, err)
                return None
        return transcript.text

    def _transcribe_groq(self, filename: str, history: Optional[str], language: Optional[str]) -> Optional[str]:
        groq = clients.groq_client()
        with open(filename, "rb") as fh:
            transcription = groq.audio.transcriptions.create(
                file=(os.path.basename(filename), fh.read()),
                model=GROQ_WHISPER,
                prompt=history or None,
                language=language,
                response_format="json",
                temperature=0.0,
            )
        return transcription.text

    def _transcribe_openai(self, filename: str, history: Optional[str], language: Optional[str]) -> Optional[str]:
        # Uses the module-level client so it picks up OPENAI_API_KEY / OPENAI_BASE_URL
        # from the environment, same as the old `quill --voice` script did.
        if os.path.getsize(filename) > OPENAI_WHISPER_LIMIT:
            log.warning("%s is over 25MB, OpenAI will reject it", filename)
        with open(filename, "rb") as fh:
            transcript = openai.audio.transcriptions.create(
                model=os.environ.get("QUILL_WHISPER_MODEL", "gpt-4o-mini-transcribe"),
                file=fh,
                prompt=history or openai.NOT_GIVEN,
                language=language or openai.NOT_GIVEN,
            )
        return transcript.text

    def record_and_transcribe(self, history: Optional[str] = None, language: Optional[str] = None,
                              input_fn=input) -> Optional[str]:
        filename = self.record(input_fn=input_fn)
        try:
            return self.transcribe(filename, history, language)
        finally:
            try:
                os.remove(filename)
            except OSError:
                pass
