"""%image magic."""
from __future__ import annotations

from openai import OpenAI

from .display import image_bundle


def generate_image(client: OpenAI, prompt: str, size: str = "1024x1024") -> dict[str, str]:
    result = client.images.generate(
        model="dall-e-3",
        prompt=prompt,
        size=size,
        response_format="b64_json",
        n=1,
    )
    return image_bundle(result.data[0].b64_json, alt=result.data[0].revised_prompt or prompt)
