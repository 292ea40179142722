"""Dictation (speech to text) and read-aloud.  Added in 0.8, OpenAI only."""
from __future__ import annotations

import tempfile
import wave
from pathlib import Path

from app.workers import run_in_background
from services.clients import get_openai_client

try:
    import sounddevice as sd
except ImportError:  # optional dependency
    sd = None

SAMPLE_RATE = 16_000


class DictationController:
    def __init__(self, app):
        self.app = app
        self.client = get_openai_client()
        self._frames = []
        self._stream = None
        app.register_handler("dictation", lambda text: app.editor.append_ai(text))

    def toggle(self) -> None:
        if sd is None:
            self.app.status.message.set("Install sounddevice for dictation")
            return
        if self._stream is None:
            self._frames = []
            self._stream = sd.InputStream(samplerate=SAMPLE_RATE, channels=1, dtype="int16",
                                          callback=lambda data, *_: self._frames.append(bytes(data)))
            self._stream.start()
            self.app.status.busy("Listening…")
        else:
            self._stream.stop()
            self._stream.close()
            self._stream = None
            frames = self._frames
            run_in_background(self.app.ui_queue, "dictation", lambda: self._transcribe(frames))

    def _transcribe(self, frames) -> str:
        with tempfile.NamedTemporaryFile(suffix=".wav", delete=False) as tmp:
            with wave.open(tmp, "wb") as w:
                w.setnchannels(1)
                w.setsampwidth(2)
                w.setframerate(SAMPLE_RATE)
                w.writeframes(b"".join(frames))
            path = Path(tmp.name)
        try:
            with path.open("rb") as fh:
                tr = self.client.audio.transcriptions.create(model="whisper-1", file=fh)
            return tr.text
        finally:
            path.unlink(missing_ok=True)

    def read_aloud(self) -> None:
        text = self.app.editor.get_selection() or self.app.editor.get_body()
        out = Path(tempfile.gettempdir()) / "tk_notes_tts.mp3"

        def job():
            speech = self.client.audio.speech.create(model="tts-1", voice="alloy", input=text[:4000])
            speech.write_to_file(out)
            return str(out)

        run_in_background(self.app.ui_queue, "tts", job)
