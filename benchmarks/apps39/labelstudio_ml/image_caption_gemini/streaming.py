"""Streamed long-form descriptions for the reviewer UI (SSE endpoint)."""
from typing import Iterator

from google.genai import types

from common import get_genai_client, settings


def stream_description(image_bytes: bytes, mime_type: str, instructions: str) -> Iterator[str]:
    client = get_genai_client()
    for chunk in client.models.generate_content_stream(
        model=settings.gemini_model,
        contents=[types.Part.from_bytes(data=image_bytes, mime_type=mime_type), instructions],
        config=types.GenerateContentConfig(max_output_tokens=1024),
    ):
        if chunk.text:
            yield chunk.text
