"""Image generation for /imagine, with results mirrored to our R2 bucket.

Replicate's output URLs expire after an hour, so anything we post gets copied to R2 first.
"""
from __future__ import annotations

import asyncio
import hashlib
import io
import logging
from dataclasses import dataclass
from typing import List, Optional

import aiohttp
import boto3
from botocore.config import Config as BotoConfig

from bot.ai.clients import get_openai, get_replicate
from bot.config import settings

log = logging.getLogger(__name__)

ASPECTS = {"square": "1:1", "portrait": "2:3", "landscape": "3:2", "wide": "16:9"}

# SDXL with our community LoRA; pinned version so the style doesn't drift under us.
STYLE_MODEL = "lumen-community/sdxl-lumen-style"
STYLE_VERSION = "a00d0b7dcbb9c3fbb34ba87d2d5b46c56969c84a628bf778a7fdaec30b1b99c5"


@dataclass
class GeneratedImage:
    url: str
    key: str
    model: str
    prompt: str


class ImageGenerator:
    def __init__(self, http: aiohttp.ClientSession) -> None:
        self._http = http
        self._replicate = get_replicate()
        self._s3 = boto3.client(
            "s3",
            endpoint_url=settings.r2_endpoint_url,
            region_name="auto",
            config=BotoConfig(retries={"max_attempts": 3, "mode": "standard"}),
        )

    async def generate(self, prompt: str, *, aspect: str = "square", n: int = 1,
                       safe: bool = True) -> List[GeneratedImage]:
        try:
            output = await self._replicate.async_run(
                settings.models.image,
                input={
                    "prompt": prompt,
                    "aspect_ratio": ASPECTS.get(aspect, "1:1"),
                    "num_outputs": n,
                    "output_format": "webp",
                    "disable_safety_checker": not safe,
                },
            )
        except Exception as exc:
            if not settings.has_openai:
                raise
            log.warning("replicate failed (%r), falling back to gpt-image-1", exc)
            return await self._generate_openai(prompt, aspect=aspect, n=n)

        images = []
        for item in output:
            data = await item.aread()
            images.append(await self._store(data, settings.models.image, prompt, "webp"))
        return images

    async def generate_styled(self, prompt: str, *, seed: Optional[int] = None) -> GeneratedImage:
        """Community-style model. Cold boots take a while, so we poll instead of blocking."""
        prediction = await self._replicate.models.predictions.async_create(
            model=STYLE_MODEL,
            input={"prompt": prompt, "seed": seed, "lora_scale": 0.8, "num_inference_steps": 30},
        )
        log.info("style prediction %s started", prediction.id)
        await prediction.async_wait()
        if prediction.status != "succeeded":
            raise RuntimeError(f"prediction {prediction.id} {prediction.status}: {prediction.error}")
        url = prediction.output[0] if isinstance(prediction.output, list) else prediction.output
        data = await self._download(url)
        return await self._store(data, STYLE_MODEL, prompt, "png")

    async def _generate_openai(self, prompt: str, *, aspect: str, n: int) -> List[GeneratedImage]:
        size = {"portrait": "1024x1536", "landscape": "1536x1024", "wide": "1536x1024"}.get(aspect, "1024x1024")
        resp = await get_openai().images.generate(
            model="gpt-image-1",
            prompt=prompt,
            size=size,
            n=n,
            quality="medium",
        )
        import base64

        return [
            await self._store(base64.b64decode(img.b64_json), "gpt-image-1", prompt, "png")
            for img in resp.data
        ]

    async def _download(self, url: str) -> bytes:
        async with self._http.get(url) as resp:
            resp.raise_for_status()
            return await resp.read()

    async def _store(self, data: bytes, model: str, prompt: str, ext: str) -> GeneratedImage:
        digest = hashlib.sha256(data).hexdigest()[:24]
        key = f"imagine/{digest}.{ext}"
        await asyncio.to_thread(
            self._s3.put_object,
            Bucket=settings.r2_bucket,
            Key=key,
            Body=io.BytesIO(data),
            ContentType=f"image/{ext}",
            Metadata={"model": model.replace("/", "_")},
        )
        return GeneratedImage(url=f"{settings.r2_public_base}/{key}", key=key, model=model, prompt=prompt)
