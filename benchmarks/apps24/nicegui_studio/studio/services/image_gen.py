"""Key-visual generation: Flux on Replicate, gpt-image / DALL-E, Grok image."""
from __future__ import annotations

import asyncio
import base64
import logging
from dataclasses import dataclass

import replicate

from studio import prompts
from studio.config import settings
from studio.services.container import services

log = logging.getLogger(__name__)

ASPECTS = {"square": "1:1", "story": "9:16", "banner": "16:9", "portrait": "4:5"}
OPENAI_SIZES = {"square": "1024x1024", "story": "1024x1792", "banner": "1792x1024", "portrait": "1024x1792"}


@dataclass
class GeneratedImage:
    provider: str
    url: str | None = None
    b64: str | None = None

    @property
    def src(self) -> str:
        if self.url:
            return self.url
        return f"data:image/png;base64,{self.b64}"


def build_prompt(subject: str, style: str) -> str:
    return prompts.IMAGE_TEMPLATE.substitute(subject=subject, style=style)


async def flux_images(subject: str, style: str, aspect: str = "square", n: int = 1) -> list[GeneratedImage]:
    output = await services.replicate.async_run(
        settings.image_model,
        input={
            "prompt": build_prompt(subject, style),
            "aspect_ratio": ASPECTS.get(aspect, "1:1"),
            "num_outputs": n,
            "output_format": "png",
        },
    )
    return [GeneratedImage("replicate", url=str(item.url if hasattr(item, "url") else item)) for item in output]


async def flux_images_legacy(subject: str, style: str) -> list[GeneratedImage]:
    """Module-level replicate client (REPLICATE_API_TOKEN env) in a thread.

    Kept because the async client leaked connections on replicate 0.25; remove
    once nobody selects 'Flux (compat)' in settings.
    """
    output = await asyncio.to_thread(
        replicate.run,
        "black-forest-labs/flux-dev",
        input={"prompt": build_prompt(subject, style), "num_outputs": 1},
    )
    return [GeneratedImage("replicate", url=str(item)) for item in output]


async def openai_image(subject: str, style: str, aspect: str = "square") -> GeneratedImage:
    result = await services.openai.images.generate(
        model="gpt-image-1",
        prompt=build_prompt(subject, style),
        size=OPENAI_SIZES.get(aspect, "1024x1024"),
        n=1,
    )
    item = result.data[0]
    return GeneratedImage("openai", url=item.url, b64=item.b64_json)


async def grok_image(subject: str, style: str) -> GeneratedImage:
    response = await services.xai.image.sample(
        prompt=build_prompt(subject, style),
        model="grok-2-image",
        image_format="base64",
    )
    return GeneratedImage("xai", b64=base64.b64encode(response.image).decode())


def describe_model(ref: str = "") -> dict:
    """Model card shown in the image page sidebar (metadata only, no prediction)."""
    owner, name = (ref or settings.image_model).split("/", 1)
    model = services.replicate.models.get(f"{owner}/{name}")
    return {"name": model.name, "description": model.description, "runs": model.run_count}


GENERATORS = {
    "flux": flux_images,
    "openai": openai_image,
    "grok": grok_image,
}
