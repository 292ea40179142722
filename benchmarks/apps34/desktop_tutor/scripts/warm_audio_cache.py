#!/usr/bin/env python
"""Pre-render TTS audio for the pronunciation drills (run before a release)."""
from tutor.config import TutorConfig
from tutor.screens.pronunciation_screen import DRILLS
from tutor.services.speech import SpeechService
from tutor.services.elevenlabs_tts import ElevenLabsSpeaker


def main(use_elevenlabs=False):
    cfg = TutorConfig(use_elevenlabs=use_elevenlabs)
    speech = SpeechService(cfg)
    for lang, sentences in DRILLS.items():
        for s in sentences:
            print(lang, speech.speak(s), speech.speak(s, slow=True))
    if use_elevenlabs:
        speaker = ElevenLabsSpeaker(api_key=cfg.key_for("elevenlabs"))
        print(speaker.available_voices())


if __name__ == "__main__":
    main()
