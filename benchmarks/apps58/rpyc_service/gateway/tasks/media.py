"""Image generation and transcription.  Only the design-tools team uses this."""
from __future__ import annotations

import base64
import io

from google.genai import types


def generate_image(openai_client, prompt: str, size: str = "1024x1024") -> bytes:
    resp = openai_client.images.generate(model="gpt-image-1", prompt=prompt, size=size, n=1)
    return base64.b64decode(resp.data[0].b64_json)


def generate_image_imagen(genai_client, prompt: str, count: int = 1) -> list[bytes]:
    resp = genai_client.models.generate_images(
        model="imagen-3.0-generate-002",
        prompt=prompt,
        config=types.GenerateImagesConfig(number_of_images=count),
    )
    return [img.image.image_bytes for img in resp.generated_images]


def transcribe(openai_client, audio: bytes, filename: str = "audio.mp3") -> str:
    buf = io.BytesIO(audio)
    buf.name = filename
    result = openai_client.audio.transcriptions.create(model="whisper-1", file=buf)
    return result.text


def upload_reference(openai_client, data: bytes, filename: str):
    # Files API: storage only, not a model request.
    return openai_client.files.create(file=(filename, data), purpose="vision")
