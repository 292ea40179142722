"""Image generation on Replicate (FLUX) + archiving to S3.

Two modes:
  * quick: flux-schnell, we wait for it inline (usually 1-3 s)
  * hq:    flux-1.1-pro as a background prediction with a webhook; the webhook
           receiver (slack_app/webhooks.py) posts the result when it's done.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from typing import Optional

import boto3
import replicate

from shared.clients import get_replicate
from shared.config import FLUX_MODEL, FLUX_PRO_MODEL, get_settings
from shared.models import GeneratedImage

log = logging.getLogger(__name__)

_s3 = boto3.client("s3")

ASPECTS = {"square": "1:1", "wide": "16:9", "tall": "9:16", "photo": "3:2"}


def _aspect(name: Optional[str]) -> str:
    return ASPECTS.get((name or "square").lower(), "1:1")


async def quick_image(prompt: str, aspect: Optional[str] = None, seed: Optional[int] = None) -> GeneratedImage:
    payload = {
        "prompt": prompt,
        "aspect_ratio": _aspect(aspect),
        "num_outputs": 1,
        "output_format": "webp",
        "go_fast": True,
    }
    if seed is not None:
        payload["seed"] = seed
    output = await replicate.async_run(FLUX_MODEL, input=payload)
    first = output[0] if isinstance(output, list) else output
    return GeneratedImage(url=str(first), prompt=prompt, model=FLUX_MODEL, seed=seed)


async def start_hq_image(prompt: str, aspect: Optional[str], reply_to: str) -> str:
    """Kick off a pro render; returns the prediction id. `reply_to` is echoed back in the webhook."""
    settings = get_settings()
    client = get_replicate()
    prediction = await client.predictions.async_create(
        model=FLUX_PRO_MODEL,
        input={
            "prompt": prompt,
            "aspect_ratio": _aspect(aspect),
            "output_format": "png",
            "safety_tolerance": 2,
        },
        webhook=f"{settings.replicate_webhook_url}?reply_to={reply_to}",
        webhook_events_filter=["completed"],
    )
    log.info("started hq prediction %s for %s", prediction.id, reply_to)
    return prediction.id


async def prediction_status(prediction_id: str) -> dict:
    prediction = await get_replicate().predictions.async_get(prediction_id)
    return {"id": prediction.id, "status": prediction.status, "output": prediction.output, "error": prediction.error}


def _object_key(prompt: str, ext: str) -> str:
    digest = hashlib.sha1(prompt.encode("utf-8")).hexdigest()[:12]
    return f"generated/{time.strftime('%Y/%m/%d')}/{digest}.{ext}"


async def archive_image(image_bytes: bytes, prompt: str, ext: str = "webp") -> str:
    """Replicate URLs expire after an hour, so anything we post gets copied to S3."""
    bucket = get_settings().images_bucket
    key = _object_key(prompt, ext)
    await asyncio.to_thread(
        _s3.put_object,
        Bucket=bucket,
        Key=key,
        Body=image_bytes,
        ContentType=f"image/{ext}",
        Metadata={"prompt": prompt[:1024].encode("ascii", "ignore").decode()},
    )
    return f"https://{bucket}.s3.amazonaws.com/{key}"
