"""Text-to-speech for spoken DJ breaks (OpenAI audio.speech)."""

import logging
import pathlib
import tempfile

from .factory import make_openai_client

logger = logging.getLogger(__name__)


class Speaker:
    """Renders commentary to an mp3 file Mopidy can play via file:// URIs."""

    def __init__(self, ext_config, out_dir=None):
        self._client = make_openai_client(ext_config, timeout=60.0)
        self.model = ext_config.get("tts_model", "tts-1")
        self.voice = ext_config.get("tts_voice", "alloy")
        self.out_dir = pathlib.Path(out_dir or tempfile.gettempdir()) / "aidj-voice"
        self.out_dir.mkdir(parents=True, exist_ok=True)

    @property
    def enabled(self):
        return self._client is not None

    def render(self, text, name):
        target = self.out_dir / f"{name}.mp3"
        with self._client.audio.speech.with_streaming_response.create(
            model=self.model,
            voice=self.voice,
            input=text,
            response_format="mp3",
        ) as response:
            response.stream_to_file(target)
        return target.as_uri()

    def render_bytes(self, text):
        resp = self._client.audio.speech.create(
            model=self.model, voice=self.voice, input=text
        )
        return resp.content
