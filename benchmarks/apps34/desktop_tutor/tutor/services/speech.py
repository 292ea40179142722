"""Speech-to-text and text-to-speech.

OpenAI handles transcription (whisper) and the default voices. If the user
enabled ElevenLabs in settings, TTS goes to ``elevenlabs_tts`` instead.
"""
import logging
import os
import tempfile

from tutor.services import get_openai_client
from tutor.services.elevenlabs_tts import ElevenLabsSpeaker

log = logging.getLogger(__name__)

AUDIO_CACHE_DIR = os.path.join(tempfile.gettempdir(), "lingodesk_audio")


class SpeechService:
    def __init__(self, config):
        self.config = config
        self._eleven = None
        os.makedirs(AUDIO_CACHE_DIR, exist_ok=True)

    @property
    def openai(self):
        return get_openai_client(self.config.key_for("openai"))

    def transcribe(self, wav_path):
        with open(wav_path, "rb") as fh:
            result = self.openai.audio.transcriptions.create(
                model="whisper-1",
                file=fh,
                language=self.config.target_language,
                response_format="verbose_json",
                timestamp_granularities=["word"],
            )
        return result

    def translate_to_english(self, wav_path):
        with open(wav_path, "rb") as fh:
            return self.openai.audio.translations.create(model="whisper-1", file=fh).text

    def speak(self, text, slow=False):
        """Return a path to an mp3 of ``text`` read aloud."""
        out_path = os.path.join(AUDIO_CACHE_DIR, f"{abs(hash((text, slow)))}.mp3")
        if os.path.exists(out_path):
            return out_path
        if self.config.use_elevenlabs:
            return self._elevenlabs().speak_to_file(text, out_path)
        with self.openai.audio.speech.with_streaming_response.create(
            model="tts-1",
            voice=self.config.tts_voice,
            input=text,
            speed=0.8 if slow else 1.0,
            response_format="mp3",
        ) as response:
            response.stream_to_file(out_path)
        return out_path

    def _elevenlabs(self):
        if self._eleven is None:
            self._eleven = ElevenLabsSpeaker(api_key=self.config.key_for("elevenlabs"))
        return self._eleven
