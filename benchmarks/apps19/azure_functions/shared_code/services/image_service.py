"""Thumbnail / cover-art generation.

Replicate (FLUX) is the default; the Azure DALL-E deployment is kept for the
tenants whose contracts forbid third-party processors.
"""

from __future__ import annotations

import logging
from typing import Any, Optional

from shared_code.clients import get_deployment_client, get_replicate
from shared_code.settings import get_settings

logger = logging.getLogger(__name__)

THUMBNAIL_PROMPT = (
    "Minimal flat illustration representing a business document about: {topic}. "
    "Corporate colour palette, no text, no logos."
)


class ThumbnailService:
    def __init__(self, replicate_client: Optional[Any] = None, model: Optional[str] = None) -> None:
        self._replicate = replicate_client or get_replicate()
        self._model = model or get_settings().vendors.replicate_image_model

    def model_is_available(self) -> bool:
        """Metadata lookup only; does not start a prediction."""
        try:
            owner_name = self._model.split(":")[0]
            model = self._replicate.models.get(owner_name)
            return model.latest_version is not None or "/" in owner_name
        except Exception:  # noqa: BLE001
            logger.exception("Replicate model lookup failed for %s", self._model)
            return False

    def render(self, topic: str, aspect_ratio: str = "16:9") -> str:
        output = self._replicate.run(
            self._model,
            input={
                "prompt": THUMBNAIL_PROMPT.format(topic=topic),
                "aspect_ratio": aspect_ratio,
                "output_format": "webp",
                "num_outputs": 1,
            },
        )
        first = output[0] if isinstance(output, list) else output
        return str(getattr(first, "url", first))

    def render_async(self, topic: str, webhook_url: str) -> str:
        """Start a prediction and let Replicate call our webhook when done."""
        prediction = self._replicate.predictions.create(
            model=self._model,
            input={"prompt": THUMBNAIL_PROMPT.format(topic=topic), "output_format": "webp"},
            webhook=webhook_url,
            webhook_events_filter=["completed"],
        )
        logger.info("Started Replicate prediction %s", prediction.id)
        return prediction.id


def render_with_dalle(topic: str, size: str = "1792x1024") -> Optional[str]:
    deployment = get_settings().azure_openai.image_deployment
    client = get_deployment_client(deployment)
    result = client.images.generate(
        model=deployment,
        prompt=THUMBNAIL_PROMPT.format(topic=topic),
        size=size,
        quality="standard",
        n=1,
    )
    return result.data[0].url if result.data else None


def legacy_thumbnail(topic: str) -> str:
    """Pre-2024 path, still called by the old /thumbnail endpoint.  TODO(jkr): delete after Q3."""
    import replicate

    output = replicate.run(
        "stability-ai/sdxl:7762fd07cf82c948538e41f63f77d685e02b063e37e496e96eefd46c929f9bdc",
        input={"prompt": THUMBNAIL_PROMPT.format(topic=topic), "width": 768, "height": 432},
    )
    return str(output[0])
