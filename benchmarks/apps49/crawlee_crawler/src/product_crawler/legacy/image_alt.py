"""Alt-text / hero image generation for products missing photos (marketing experiment, 2024)."""

from __future__ import annotations

import base64
from pathlib import Path

from product_crawler.llm import openai_client


class ImagePipeline:
    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.client = openai_client()

    def placeholder_image(self, title: str, slug: str) -> Path:
        result = self.client.images.generate(
            model="gpt-image-1",
            prompt=f"Clean studio product photo of: {title}. White background.",
            size="1024x1024",
        )
        path = self.out_dir / f"{slug}.png"
        path.write_bytes(base64.b64decode(result.data[0].b64_json))
        return path

    def alt_text(self, image_url: str) -> str:
        response = self.client.responses.create(
            model="gpt-4o-mini",
            input=[
                {
                    "role": "user",
                    "content": [
                        {"type": "input_text", "text": "Write concise alt text for this product image."},
                        {"type": "input_image", "image_url": image_url},
                    ],
                }
            ],
        )
        return response.output_text

    def list_available_models(self) -> list[str]:
        return [m.id for m in self.client.models.list()]
