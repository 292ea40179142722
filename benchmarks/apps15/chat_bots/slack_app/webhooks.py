"""Receiver for Replicate prediction webhooks (the --hq /imagine path)."""
from __future__ import annotations

import json
import logging

import httpx
from aiohttp import web

from shared.images import archive_image

log = logging.getLogger(__name__)


def replicate_done(slack_client):
    async def handler(request: web.Request) -> web.Response:
        payload = await request.json()
        try:
            reply_to = json.loads(request.query.get("reply_to", "{}"))
        except ValueError:
            return web.Response(status=400, text="bad reply_to")
        if reply_to.get("platform") != "slack":
            # discord predictions are polled by the cog, nothing to do
            return web.Response(text="ignored")

        status = payload.get("status")
        if status != "succeeded":
            await slack_client.chat_postMessage(
                channel=reply_to["channel"],
                text=f"<@{reply_to['user']}> sorry, the image failed ({payload.get('error') or status}).",
            )
            return web.Response(text="ok")

        output = payload.get("output")
        url = output[0] if isinstance(output, list) else output
        async with httpx.AsyncClient(timeout=60) as http:
            img = await http.get(url)
            img.raise_for_status()
        prompt = (payload.get("input") or {}).get("prompt", "")
        public_url = await archive_image(img.content, prompt, ext="png")
        await slack_client.chat_postMessage(
            channel=reply_to["channel"],
            text=f"<@{reply_to['user']}> here you go",
            blocks=[
                {"type": "section", "text": {"type": "mrkdwn", "text": f"<@{reply_to['user']}>: _{prompt}_"}},
                {"type": "image", "image_url": public_url, "alt_text": prompt[:200] or "generated image"},
            ],
        )
        return web.Response(text="ok")

    return handler
