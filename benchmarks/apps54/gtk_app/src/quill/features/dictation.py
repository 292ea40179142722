"""Dictation: record from the microphone with GStreamer, then transcribe."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import gi

gi.require_version("Gst", "1.0")
from gi.repository import GLib, Gst  # noqa: E402

from quill.services.multi_model_service import TaskComplexity, multi_model_service  # noqa: E402

log = logging.getLogger(__name__)

PIPELINE = "autoaudiosrc ! audioconvert ! audioresample ! audio/x-raw,rate=16000,channels=1 ! opusenc ! oggmux ! filesink location={path}"


class Recorder:
    def __init__(self) -> None:
        Gst.init(None)
        self._pipeline = None
        self.path: Path | None = None

    def start(self) -> None:
        fd, name = tempfile.mkstemp(prefix="quill-dictation-", suffix=".ogg")
        self.path = Path(name)
        self._pipeline = Gst.parse_launch(PIPELINE.format(path=name))
        self._pipeline.set_state(Gst.State.PLAYING)

    def stop(self) -> Path | None:
        if self._pipeline is None:
            return None
        self._pipeline.send_event(Gst.Event.new_eos())
        bus = self._pipeline.get_bus()
        bus.timed_pop_filtered(2 * Gst.SECOND, Gst.MessageType.EOS | Gst.MessageType.ERROR)
        self._pipeline.set_state(Gst.State.NULL)
        self._pipeline = None
        return self.path


class Dictation:
    """Owns a recorder and the application's OpenAI client."""

    def __init__(self, app) -> None:
        self.app = app
        self.recorder = Recorder()

    @property
    def client(self):
        return self.app.openai_client

    def transcribe(self, path: Path, language: str | None = None) -> str:
        model = self.app.settings.transcription_model
        with open(path, "rb") as audio:
            transcript = self.client.audio.transcriptions.create(
                model=model,
                file=audio,
                language=(language or "en").split("-")[0],
                response_format="text",
            )
        return transcript if isinstance(transcript, str) else transcript.text

    def translate(self, path: Path) -> str:
        with open(path, "rb") as audio:
            result = self.client.audio.translations.create(model="whisper-1", file=audio)
        return result.text

    async def tidy(self, raw: str) -> str:
        return await multi_model_service.generate_response(
            prompt=f"Add punctuation and paragraph breaks; do not change words:\n\n{raw}",
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
        )

    def cleanup(self, path: Path | None) -> None:
        if path and path.exists():
            GLib.idle_add(path.unlink)
