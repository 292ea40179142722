"""Image generation into a new paint layer."""
from __future__ import annotations

import base64
import logging

from .. import settings
from ..backends import get_image_backend, openai_client
from ..backends.base import ImageResult

log = logging.getLogger(__name__)


class ImageGenerator:
    def __init__(self, provider: str | None = None) -> None:
        self.provider = provider or settings.current().image_provider

    def generate(self, prompt: str, width: int, height: int, negative: str = "") -> ImageResult:
        backend = get_image_backend(self.provider)
        log.info("generating with %s (%dx%d)", backend.name, width, height)
        return backend.generate(prompt, width, height, negative=negative)

    def generate_for_document(self, doc, prompt: str, negative: str = "") -> ImageResult:
        w, h = doc.width(), doc.height()
        # most APIs cap at ~1.5MP; let the layer scaling handle the rest
        scale = min(1.0, (1536 * 1536 / float(w * h)) ** 0.5)
        return self.generate(prompt, int(w * scale), int(h * scale), negative=negative)

    def variations_grid(self, prompt: str, n: int = 4) -> list[bytes]:
        """Four small drafts in one request (only OpenAI supports n>1 cheaply)."""
        cfg = settings.current()
        result = openai_client().images.generate(
            model=cfg.openai_image_model,
            prompt=prompt,
            n=n,
            size="1024x1024",
            quality="low",
        )
        return [base64.b64decode(d.b64_json) for d in result.data]
