from __future__ import annotations

from gi.repository import Gio

from quill import APP_ID


class QuillSettings(Gio.Settings):
    """Typed accessors over the org.gnome.Quill schema."""

    def __init__(self) -> None:
        super().__init__(schema_id=APP_ID)

    @property
    def backend(self) -> str:
        return self.get_string("backend")

    @backend.setter
    def backend(self, value: str) -> None:
        self.set_string("backend", value)

    def model_for(self, backend: str) -> str:
        return self.get_string(f"{backend}-model")

    @property
    def ollama_host(self) -> str:
        return self.get_string("ollama-host")

    @property
    def transcription_model(self) -> str:
        return self.get_string("transcription-model")

    @property
    def track_usage(self) -> bool:
        return self.get_boolean("track-usage")

    @property
    def stream_responses(self) -> bool:
        return self.get_boolean("stream-responses")


_settings: QuillSettings | None = None


def get_settings() -> QuillSettings:
    global _settings
    if _settings is None:
        _settings = QuillSettings()
    return _settings
