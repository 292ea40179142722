"""Push-to-talk: transcribe the player's microphone clip with Groq Whisper."""
import io
import logging
import wave

from ai.clients import get_groq_client

log = logging.getLogger("hollowmere.stt")


def pcm_to_wav(pcm: bytes, rate: int = 16000) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm)
    return buf.getvalue()


def transcribe_clip(pcm: bytes, language: str = "en") -> str:
    wav = pcm_to_wav(pcm)
    result = get_groq_client().audio.transcriptions.create(
        file=("clip.wav", wav),
        model="whisper-large-v3-turbo",
        language=language,
        response_format="json",
    )
    text = result.text.strip()
    log.debug("heard: %s", text)
    return text
