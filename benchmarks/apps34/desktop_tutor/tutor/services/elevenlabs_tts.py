"""ElevenLabs voices (optional premium TTS).

ElevenLabs is a speech vendor, not a language model; it is billed per
character and tracked separately in ``costs.py``.
"""
import logging

from elevenlabs.client import ElevenLabs

log = logging.getLogger(__name__)

DEFAULT_VOICE_ID = "21m00Tcm4TlvDq8ikWAM"  # "Rachel"


class ElevenLabsSpeaker:
    def __init__(self, api_key, voice_id=DEFAULT_VOICE_ID, model_id="eleven_multilingual_v2"):
        self.client = ElevenLabs(api_key=api_key)
        self.voice_id = voice_id
        self.model_id = model_id

    def speak_to_file(self, text, out_path):
        audio = self.client.text_to_speech.convert(
            voice_id=self.voice_id,
            text=text,
            model_id=self.model_id,
            output_format="mp3_44100_128",
        )
        with open(out_path, "wb") as fh:
            for chunk in audio:
                fh.write(chunk)
        return out_path

    def available_voices(self):
        return [(v.voice_id, v.name) for v in self.client.voices.get_all().voices]
