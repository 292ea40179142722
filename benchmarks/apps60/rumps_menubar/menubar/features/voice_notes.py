"""'Dictate note' - record with the mic (sox), transcribe, then tidy up.

Transcription is OpenAI; the tidy-up step goes through the tracked service
for new users, while people on the old setting still get the direct Claude
call with tracking around it."""
from __future__ import annotations

import logging
import subprocess
import tempfile
from pathlib import Path

from menubar.llm import get_anthropic_client
from menubar.services.llm_usage_tracker import llm_tracker
from menubar.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

TIDY_PROMPT = (
    "Clean up this dictated note: fix punctuation, remove filler words, keep the "
    "wording otherwise. Use short paragraphs or bullets where natural."
)


def record(seconds: int = 30) -> Path:
    out = Path(tempfile.mkstemp(suffix=".wav")[1])
    subprocess.run(
        ["rec", "-q", "-c", "1", "-r", "16000", str(out), "trim", "0", str(seconds)],
        check=True,
    )
    return out


class VoiceNotes:
    def __init__(self, settings, openai_client):
        self.settings = settings
        self.openai = openai_client

    def transcribe(self, path: Path) -> str:
        with path.open("rb") as audio:
            result = self.openai.audio.transcriptions.create(
                model="whisper-1",
                file=audio,
                response_format="text",
            )
        return str(result).strip()

    async def tidy(self, transcript: str) -> str:
        return await multi_model_service.generate_response(
            prompt=f"{TIDY_PROMPT}\n\n{transcript}",
            task_type="voice_note_tidy",
            complexity=TaskComplexity.SIMPLE,
        )

    async def tidy_claude(self, transcript: str) -> str:
        model = self.settings.model_for("anthropic")
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=model, feature_context="voice_note_tidy"
        ) as usage_log:
            msg = get_anthropic_client().messages.create(
                model=model,
                max_tokens=1200,
                system=TIDY_PROMPT,
                messages=[{"role": "user", "content": transcript}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return msg.content[0].text

    def speak(self, text: str, voice: str = "alloy") -> Path:
        """Read the note back (used by the 'Read aloud' item)."""
        out = Path(tempfile.mkstemp(suffix=".mp3")[1])
        speech = self.openai.audio.speech.create(model="tts-1", voice=voice, input=text[:4000])
        speech.write_to_file(out)
        subprocess.Popen(["afplay", str(out)])
        return out
