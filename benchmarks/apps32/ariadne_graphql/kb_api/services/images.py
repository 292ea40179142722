"""Cover images for articles, generated on Replicate."""
from __future__ import annotations

import logging
from typing import Any

import replicate

from kb_api.settings import get_settings

log = logging.getLogger(__name__)

STYLE = "flat vector illustration, soft pastel palette, no text"


def _first_url(output: Any) -> str | None:
    if isinstance(output, list) and output:
        output = output[0]
    url = getattr(output, "url", None)
    if callable(url):
        return url()
    return str(output) if output else None


async def generate_cover(client: replicate.Client, title: str) -> str | None:
    output = await client.async_run(
        get_settings().cover_image_model,
        input={"prompt": f"{title}. {STYLE}", "aspect_ratio": "16:9", "num_outputs": 1},
    )
    return _first_url(output)


def generate_cover_sync(title: str) -> str | None:
    """Used by the legacy REST endpoint, which is still sync."""
    output = replicate.run(
        get_settings().cover_image_model,
        input={"prompt": f"{title}. {STYLE}", "aspect_ratio": "16:9"},
    )
    return _first_url(output)


def start_cover_prediction(title: str, webhook_url: str) -> str:
    model = replicate.models.get(get_settings().cover_image_model)
    prediction = replicate.predictions.create(
        version=model.latest_version.id,
        input={"prompt": f"{title}. {STYLE}"},
        webhook=webhook_url,
        webhook_events_filter=["completed"],
    )
    return prediction.id
