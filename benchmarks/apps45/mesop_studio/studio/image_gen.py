"""Thumbnail / cover image generation for summaries."""

from __future__ import annotations

from studio.backends import get_genai_client, get_openai_client
from studio.settings import get_settings


class ImageGenerator:
    def __init__(self, client=None):
        self.client = client or get_openai_client()

    def generate(self, prompt: str, size: str = "1024x1024") -> str:
        resp = self.client.images.generate(
            model=get_settings().image_model,
            prompt=prompt,
            size=size,
            n=1,
        )
        return resp.data[0].url


def generate_with_imagen(prompt: str) -> bytes:
    from google.genai import types

    result = get_genai_client().models.generate_images(
        model="imagen-3.0-generate-002",
        prompt=prompt,
        config=types.GenerateImagesConfig(number_of_images=1),
    )
    return result.generated_images[0].image.image_bytes
