"""Image-related enrichment: alt-text captions for product images and placeholder images for
products that have none."""
from __future__ import annotations

import asyncio
import time
from typing import Any, Dict, Optional

from enrich.errors import ProviderError
from enrich.models import Batch
from enrich.stages.base import BaseStage

VISION_MODEL = "yorickvp/llava-13b:80537f9eead1a5bfa72d5ac6ea6414379be41d4d4f6679fd776e9535d1eb58bb"
PLACEHOLDER_MODEL = "black-forest-labs/flux-schnell"
IMAGEN_MODEL = "imagen-4.0-fast-generate-001"

ALT_TEXT_PROMPT = (
    "Describe this product photo in one sentence suitable as HTML alt text. "
    "Mention colour and material if visible."
)


class MediaStage(BaseStage):
    name = "media"

    def __init__(self, ctx, **options) -> None:
        super().__init__(ctx, **options)
        self.caption = bool(self.opt("caption", True))
        self.placeholders = bool(self.opt("placeholder_images", False))
        self.placeholder_backend = self.opt("placeholder_backend", "replicate")
        self.poll_seconds = float(self.opt("poll_seconds", 2.0))

    async def _caption(self, image_url: str) -> Optional[str]:
        output = await self.ctx.replicate.async_run(
            VISION_MODEL,
            input={"image": image_url, "prompt": ALT_TEXT_PROMPT, "max_tokens": 60},
        )
        # llava streams tokens; async_run hands back an async iterator of strings
        parts = []
        async for token in output:
            parts.append(str(token))
        return "".join(parts).strip() or None

    def _placeholder_replicate(self, title: str) -> str:
        prediction = self.ctx.replicate.predictions.create(
            model=PLACEHOLDER_MODEL,
            input={
                "prompt": f"studio product photo of {title}, white background, soft light",
                "aspect_ratio": "1:1",
                "output_format": "webp",
            },
        )
        deadline = time.monotonic() + 120
        while prediction.status not in ("succeeded", "failed", "canceled"):
            if time.monotonic() > deadline:
                raise ProviderError("replicate", f"prediction {prediction.id} timed out")
            time.sleep(self.poll_seconds)
            prediction = self.ctx.replicate.predictions.get(prediction.id)
        if prediction.status != "succeeded":
            raise ProviderError("replicate", f"prediction {prediction.id}: {prediction.error}")
        output = prediction.output
        return output[0] if isinstance(output, list) else str(output)

    def _placeholder_imagen(self, title: str, sku: str) -> str:
        resp = self.ctx.genai.models.generate_images(
            model=IMAGEN_MODEL,
            prompt=f"studio product photo of {title}, white background",
            config={"number_of_images": 1, "aspect_ratio": "1:1"},
        )
        path = self.ctx.settings.checkpoint_dir / "placeholders" / f"{sku}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        resp.generated_images[0].image.save(str(path))
        return str(path)

    async def _row(self, row: Dict[str, Any]) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        image = row.get("image_url")
        if self.caption and image and not row.get("alt_text"):
            out["alt_text"] = await self._caption(image)
        if self.placeholders and not image:
            if self.placeholder_backend == "imagen":
                out["placeholder_image"] = await asyncio.to_thread(
                    self._placeholder_imagen, row["title"], row["sku"]
                )
            else:
                out["placeholder_image"] = await asyncio.to_thread(self._placeholder_replicate, row["title"])
        return out

    async def run(self, batch: Batch) -> Batch:
        frame = batch.frame.copy()
        rows = frame.to_dict(orient="records")
        results = await self.gather_bounded(self._row, rows)
        for col in ("alt_text", "placeholder_image"):
            frame[col] = [r.get(col) if isinstance(r, dict) else None for r in results]
        return batch.with_frame(frame)
