"""Text to speech (OpenAI) and speech to text (Groq whisper)."""
import os
import time

from ai.clients import get_groq, get_openai

TTS_DIR = "/config/www/tts"


def synthesize_to_file(text, voice="nova", model="tts-1", directory=TTS_DIR):
    """Stream the mp3 to /config/www/tts so media players can fetch it from /local/tts/."""
    os.makedirs(directory, exist_ok=True)
    filename = f"announce_{int(time.time())}.mp3"
    path = os.path.join(directory, filename)
    client = get_openai()
    with client.audio.speech.with_streaming_response.create(
        model=model, voice=voice, input=text
    ) as response:
        response.stream_to_file(path)
    return f"/local/tts/{filename}"


def transcribe(path, language="en"):
    """Transcribe a voice note recorded by the satellite (wav)."""
    client = get_groq()
    with open(path, "rb") as fh:
        result = client.audio.transcriptions.create(
            file=(os.path.basename(path), fh.read()),
            model="whisper-large-v3-turbo",
            language=language,
        )
    return result.text


def cleanup_old(directory=TTS_DIR, max_age_s=86400):
    now = time.time()
    removed = 0
    for name in os.listdir(directory):
        full = os.path.join(directory, name)
        if name.endswith(".mp3") and now - os.path.getmtime(full) > max_age_s:
            os.remove(full)
            removed += 1
    return removed
