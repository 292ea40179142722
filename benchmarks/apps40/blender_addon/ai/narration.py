"""Turn shot descriptions into temp VO for animatics (OpenAI TTS)."""

import os

from .clients import get_openai_client

VOICE = "alloy"


def synthesize(prefs, text, out_dir, name="narration"):
    client = get_openai_client(prefs)
    path = os.path.join(out_dir, f"{name}.mp3")
    with client.audio.speech.with_streaming_response.create(
        model="gpt-4o-mini-tts",
        voice=VOICE,
        input=text,
    ) as response:
        response.stream_to_file(path)
    return path


def upload_reference_audio(prefs, path):
    """Stores a reference take in the OpenAI files store for later batch jobs."""
    client = get_openai_client(prefs)
    with open(path, "rb") as fh:
        return client.files.create(file=fh, purpose="user_data").id
