"""/retro — summarize retro board notes with our fine-tuned deployment on Replicate."""

import asyncio
import logging

from botkit import command
from botkit.errors import UserFacingError
from botkit.llm import models, replicate_client

logger = logging.getLogger(__name__)

WAIT_S = 90


@command("retro", help="Summarize retro notes (paste them after the command)")
async def retro(ctx):
    notes = ctx.text.strip()
    if len(notes) < 40:
        raise UserFacingError("Paste the retro board export after /retro.")

    client = replicate_client()
    prediction = client.deployments.predictions.create(
        models.RETRO_DEPLOYMENT,
        input={"prompt": notes, "max_new_tokens": 900},
    )
    for _ in range(WAIT_S):
        if prediction.status in ("succeeded", "failed", "canceled"):
            break
        await asyncio.sleep(1)
        prediction.reload()
    if prediction.status != "succeeded":
        logger.warning("retro prediction %s ended %s", prediction.id, prediction.status)
        raise UserFacingError("The retro model didn't finish, try again in a minute.")
    await ctx.reply("".join(prediction.output))
