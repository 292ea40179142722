from __future__ import annotations

import base64
import logging

from together import AsyncTogether

log = logging.getLogger(__name__)


class ImageService:
    """Generates illustrative images for help-centre articles."""

    def __init__(self, together: AsyncTogether, model: str, openai=None) -> None:
        self.together = together
        self.model = model
        self.openai = openai

    async def illustrate(self, title: str, style: str = "flat vector") -> bytes:
        resp = await self.together.images.generate(
            prompt=f"{style} illustration for a help article titled '{title}', no text",
            model=self.model,
            n=1,
            steps=4,
            response_format="b64_json",
        )
        return base64.b64decode(resp.data[0].b64_json)

    async def illustrate_hd(self, title: str) -> str:
        """Premium tenants get DALL-E 3 images."""
        if self.openai is None:
            raise RuntimeError("openai client not configured for ImageService")
        resp = await self.openai.images.generate(
            model="dall-e-3",
            prompt=f"Clean, friendly illustration for a help article titled '{title}'. No text.",
            size="1024x1024",
            quality="hd",
        )
        return resp.data[0].url
