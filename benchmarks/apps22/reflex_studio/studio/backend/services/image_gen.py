"""Image generation via Replicate (FLUX), with a DALL-E fallback.

Long-running predictions are created with a webhook pointing at our
``/api/webhooks/replicate`` route (see studio/api.py).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import replicate
from replicate.exceptions import ReplicateError

from ..clients import get_openai, replicate_client
from ..config import settings

logger = logging.getLogger(__name__)

ASPECTS = {"square": "1:1", "landscape": "16:9", "portrait": "9:16", "story": "9:16", "banner": "21:9"}


@dataclass
class ImageJob:
    prediction_id: str
    status: str
    urls: list[str]


def _input(prompt: str, aspect: str, n: int) -> dict[str, Any]:
    return {
        "prompt": prompt,
        "aspect_ratio": ASPECTS.get(aspect, "1:1"),
        "num_outputs": max(1, min(n, 4)),
        "output_format": "webp",
        "output_quality": 90,
    }


class ImageService:
    def __init__(self, client: replicate.Client | None = None, model: str | None = None) -> None:
        self.client = client or replicate_client
        self.model = model or settings.image_model

    async def generate_now(self, prompt: str, aspect: str = "square", n: int = 1) -> list[str]:
        """Blocking-ish path used for quick previews (schnell is ~1s)."""
        output = await self.client.async_run(self.model, input=_input(prompt, aspect, n))
        return [str(item) for item in output]

    def start_job(self, prompt: str, aspect: str = "square", n: int = 1) -> ImageJob:
        prediction = self.client.models.predictions.create(
            model=self.model,
            input=_input(prompt, aspect, n),
            webhook=f"{settings.public_base_url}/api/webhooks/replicate",
            webhook_events_filter=["completed"],
        )
        return ImageJob(prediction_id=prediction.id, status=prediction.status, urls=[])

    def poll(self, prediction_id: str) -> ImageJob:
        prediction = self.client.predictions.get(prediction_id)
        urls = [str(u) for u in (prediction.output or [])]
        return ImageJob(prediction_id=prediction.id, status=prediction.status, urls=urls)

    def cancel(self, prediction_id: str) -> None:
        self.client.predictions.cancel(prediction_id)

    def describe_model(self) -> dict[str, Any]:
        model = self.client.models.get(self.model)
        return {"name": model.name, "owner": model.owner, "runs": model.run_count}

    def upscale(self, image_url: str, scale: int = 2) -> str:
        out = self.client.run(settings.upscale_model, input={"image": image_url, "scale": scale})
        return str(out)


async def dalle_fallback(prompt: str, size: str = "1024x1024") -> str:
    resp = await get_openai().images.generate(model="dall-e-3", prompt=prompt, size=size, n=1)
    return resp.data[0].url or ""


async def generate_with_fallback(service: ImageService, prompt: str, aspect: str) -> list[str]:
    try:
        return await service.generate_now(prompt, aspect)
    except ReplicateError:
        logger.warning("replicate failed, using dall-e", exc_info=True)
        return [await dalle_fallback(prompt)]


image_service = ImageService()
