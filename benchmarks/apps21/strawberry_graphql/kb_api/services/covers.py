"""Cover images for articles (Replicate)."""
from __future__ import annotations

import logging

import replicate
from replicate.exceptions import ReplicateError

from kb_api.config import get_settings

logger = logging.getLogger(__name__)

STYLE = "flat vector illustration, muted palette, no text, wide 16:9 banner"


def cover_prompt(title: str, tags: list[str]) -> str:
    return f"{title}. Themes: {', '.join(tags[:4]) or 'documentation'}. {STYLE}"


async def generate_cover(client: replicate.Client, title: str, tags: list[str]) -> str | None:
    try:
        output = await client.async_run(
            get_settings().cover_image_model,
            input={"prompt": cover_prompt(title, tags), "aspect_ratio": "16:9", "output_format": "webp"},
        )
    except ReplicateError:
        logger.exception("cover generation failed for %r", title)
        return None
    first = output[0] if isinstance(output, list) else output
    return str(getattr(first, "url", first))


def start_cover_prediction(client: replicate.Client, title: str, tags: list[str], webhook: str) -> str:
    """Fire-and-forget variant; Replicate calls ``/legacy/hooks/replicate`` when done."""
    prediction = client.models.predictions.create(
        model=get_settings().cover_image_model,
        input={"prompt": cover_prompt(title, tags), "aspect_ratio": "16:9"},
        webhook=webhook,
        webhook_events_filter=["completed"],
    )
    return prediction.id


def prediction_status(client: replicate.Client, prediction_id: str) -> str:
    return client.predictions.get(prediction_id).status
