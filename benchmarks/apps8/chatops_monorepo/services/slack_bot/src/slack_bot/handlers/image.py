from __future__ import annotations

import asyncio
import logging

import requests

from botkit import CommandContext, command
from botkit.errors import UserFacingError
from botkit.llm import models
from botkit.llm.clients import replicate_client
from botkit.storage.s3 import upload_artifact
from slack_bot.slack_api import slack

logger = logging.getLogger(__name__)

POLL_SECONDS = 2.0
MAX_WAIT_SECONDS = 180


def _download(url: str) -> bytes:
    r = requests.get(url, timeout=30)
    r.raise_for_status()
    return r.content


@command("imagine", help="Generate an image (flux-schnell)", platforms=("slack",))
async def imagine(ctx: CommandContext) -> None:
    prompt = ctx.text.strip()
    if not prompt:
        raise UserFacingError("Usage: `/imagine <prompt>`")
    rc = replicate_client()
    output = await asyncio.to_thread(
        rc.run,
        models.IMAGE_FAST,
        input={"prompt": prompt, "num_outputs": 1, "aspect_ratio": "16:9", "output_format": "png"},
    )
    data = output[0].read()
    url = upload_artifact(data, prefix="imagine", filename="image.png")
    await ctx.reply(f"<{url}|{prompt[:80]}>")


@command("sdxl", help="Generate with SDXL (slower, more knobs)", platforms=("slack",))
async def sdxl(ctx: CommandContext) -> None:
    prompt, _, negative = ctx.text.partition("--no")
    rc = replicate_client()
    prediction = rc.predictions.create(
        version=models.SDXL_VERSION,
        input={
            "prompt": prompt.strip(),
            "negative_prompt": negative.strip(),
            "width": 1024,
            "height": 1024,
            "refine": "expert_ensemble_refiner",
        },
    )
    await ctx.reply(f"queued `{prediction.id}`…")
    waited = 0.0
    while prediction.status not in ("succeeded", "failed", "canceled"):
        if waited > MAX_WAIT_SECONDS:
            rc.predictions.cancel(prediction.id)
            raise UserFacingError("Image generation timed out.")
        await asyncio.sleep(POLL_SECONDS)
        waited += POLL_SECONDS
        prediction = rc.predictions.get(prediction.id)
    if prediction.status != "succeeded":
        raise UserFacingError(f"Generation {prediction.status}: {prediction.error}")
    image = await asyncio.to_thread(_download, prediction.output[0])
    slack.upload(ctx.channel_id, image, "sdxl.png", title=prompt.strip()[:80])
