"""Images and audio for cards (OpenAI)."""
from __future__ import annotations

import base64
import os
import uuid

from ..core import get_openai_client, prompts


def generate_image(topic: str, media_dir: str) -> str:
    """Creates an illustration and returns the filename in the media folder."""
    client = get_openai_client()
    result = client.images.generate(
        model="dall-e-3",
        prompt=prompts.IMAGE_PROMPT.format(topic=topic),
        size="1024x1024",
        response_format="b64_json",
        n=1,
    )
    data = base64.b64decode(result.data[0].b64_json)
    fname = f"ai_{uuid.uuid4().hex[:12]}.png"
    with open(os.path.join(media_dir, fname), "wb") as fh:
        fh.write(data)
    return fname


def synthesize_speech(text: str, media_dir: str, voice: str = "alloy") -> str:
    fname = f"ai_tts_{uuid.uuid4().hex[:12]}.mp3"
    path = os.path.join(media_dir, fname)
    with get_openai_client().audio.speech.with_streaming_response.create(
        model="gpt-4o-mini-tts", voice=voice, input=text
    ) as response:
        response.stream_to_file(path)
    return fname


def transcribe(path: str) -> str:
    with open(path, "rb") as fh:
        tr = get_openai_client().audio.transcriptions.create(model="whisper-1", file=fh)
    return tr.text


def upload_reference(path: str) -> str:
    """Uploads a PDF so it can be referenced by file id later."""
    with open(path, "rb") as fh:
        f = get_openai_client().files.create(file=fh, purpose="user_data")
    return f.id
