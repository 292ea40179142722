"""Ad creative generation (gpt-image-1)."""

from __future__ import annotations

import base64
import logging
import uuid
from pathlib import Path
from typing import Literal, Type

from crewai.tools import BaseTool
from pydantic import BaseModel, Field

from marketcrew.clients import registry
from marketcrew.config import settings

logger = logging.getLogger(__name__)

OUTPUT_DIR = Path("var/creatives")


class ImageInput(BaseModel):
    concept: str = Field(..., description="Visual concept for the ad creative")
    size: Literal["1024x1024", "1536x1024", "1024x1536"] = "1024x1024"
    reference_image: str | None = Field(None, description="Optional local path of a product shot")


class AdCreativeTool(BaseTool):
    name: str = "ad_creative"
    description: str = "Generates an ad creative image from a visual concept and returns the file path."
    args_schema: Type[BaseModel] = ImageInput
    provider: str = "openai"

    def _upload_reference(self, path: str) -> str:
        client = registry.get(self.provider)
        with open(path, "rb") as fh:
            uploaded = client.files.create(file=fh, purpose="vision")
        return uploaded.id

    def _run(self, concept: str, size: str = "1024x1024", reference_image: str | None = None) -> str:
        if not settings.enable_image_generation:
            return "Image generation is disabled in this environment."
        prompt = (
            f"{concept}\n\nClean commercial photography style, brand colours teal and off-white, "
            "no text in the image, plenty of negative space for the headline."
        )
        if reference_image:
            file_id = self._upload_reference(reference_image)
            logger.info("uploaded reference %s as %s", reference_image, file_id)
            prompt += "\nMatch the product appearance of the reference shot."

        result = registry.get(self.provider).images.generate(
            model=settings.image_model,
            prompt=prompt,
            size=size,
            quality="medium",
            n=1,
        )
        OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
        out = OUTPUT_DIR / f"{uuid.uuid4().hex[:12]}.png"
        out.write_bytes(base64.b64decode(result.data[0].b64_json))
        return str(out)
