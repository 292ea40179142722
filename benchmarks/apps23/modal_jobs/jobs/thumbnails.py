"""Editorial thumbnails with FLUX on Replicate.

Scene description comes from the tracked multi-model service; the image calls
themselves are Replicate predictions (billed per image).
"""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from pathlib import Path

import httpx
import modal

from common.config import MODELS, settings
from common.secrets import ANTHROPIC_SECRET, GEMINI_SECRET, REPLICATE_SECRET
from common.storage import JobRecord
from lib.costs import estimate_image_cost
from lib.prompts import THUMBNAIL_PROMPT, THUMBNAIL_SCENE_PROMPT
from lib.retry import with_retries
from modal_app import MEDIA_MOUNT, app, media_image, media_volume
from providers import get_replicate
from services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)

SIZES = {"card": (640, 360), "hero": (1600, 900), "square": (600, 600)}


@dataclass
class ThumbnailRenderer:
    """Crops/resizes a generated image into the CMS sizes. Pure Pillow."""

    out_dir: Path

    def generate(self, image_bytes: bytes, stem: str) -> dict[str, str]:
        from PIL import Image

        img = Image.open(io.BytesIO(image_bytes)).convert("RGB")
        paths = {}
        for name, (w, h) in SIZES.items():
            ratio = max(w / img.width, h / img.height)
            resized = img.resize((int(img.width * ratio), int(img.height * ratio)))
            left = (resized.width - w) // 2
            top = (resized.height - h) // 2
            dst = self.out_dir / f"{stem}.{name}.jpg"
            resized.crop((left, top, left + w, top + h)).save(dst, quality=88)
            paths[name] = str(dst)
        return paths


@app.cls(
    image=media_image,
    secrets=[REPLICATE_SECRET, ANTHROPIC_SECRET, GEMINI_SECRET],
    volumes={MEDIA_MOUNT: media_volume},
    timeout=600,
)
class ThumbnailGenerator:
    @modal.enter()
    def start(self) -> None:
        self.rep = get_replicate()
        self.http = httpx.Client(timeout=60)
        self.renderer = ThumbnailRenderer(Path(MEDIA_MOUNT) / "thumbnails")
        self.renderer.out_dir.mkdir(parents=True, exist_ok=True)
        # fail fast at container start if the model slug is wrong
        self.flux_model = self.rep.models.get(MODELS.flux)

    @modal.exit()
    def stop(self) -> None:
        self.http.close()

    async def _scene(self, body: str) -> str:
        resp = await multi_model_service.generate_response(
            prompt=THUMBNAIL_SCENE_PROMPT.format(body=body[:8000]),
            task_type="thumbnail_scene",
            complexity=TaskComplexity.SIMPLE,
            max_tokens=120,
        )
        return resp.text.strip()

    def _download(self, url: str) -> bytes:
        r = self.http.get(str(url))
        r.raise_for_status()
        return r.content

    @modal.method()
    async def generate(self, asset_id: str, body: str, n: int | None = None) -> dict:
        n = n or settings.thumbnail_count
        scene = await self._scene(body)
        outputs = await self.rep.async_run(
            MODELS.flux,
            input={
                "prompt": THUMBNAIL_PROMPT.format(scene=scene),
                "num_outputs": n,
                "aspect_ratio": "16:9",
                "output_format": "jpg",
                "output_quality": 90,
            },
        )
        renders = []
        for i, out in enumerate(outputs):
            renders.append(self.renderer.generate(out.read(), f"{asset_id}-{i}"))
        media_volume.commit()
        payload = {"scene": scene, "renders": renders, "est_cost_usd": estimate_image_cost(MODELS.flux, n)}
        JobRecord.create(asset_id, "thumbnails", payload)
        return payload

    @modal.method()
    def regenerate_one(self, asset_id: str, prompt: str, seed: int | None = None) -> dict:
        """Desk asked for 'one more like this' -- sync, same model."""
        output = with_retries(
            self.rep.run,
            MODELS.flux,
            input={"prompt": prompt, "num_outputs": 1, "seed": seed, "aspect_ratio": "16:9"},
        )
        paths = self.renderer.generate(output[0].read(), f"{asset_id}-regen")
        media_volume.commit()
        return paths

    @modal.method()
    def generate_hero(self, asset_id: str, prompt: str) -> dict:
        """Pro model for homepage heroes. Uses the predictions API so we can poll/cancel."""
        prediction = self.rep.predictions.create(
            model=MODELS.flux_pro,
            input={"prompt": prompt, "aspect_ratio": "16:9", "safety_tolerance": 2, "output_format": "jpg"},
        )
        prediction.wait()
        if prediction.status != "succeeded":
            logger.error("hero generation failed for %s: %s", asset_id, prediction.error)
            return {"status": prediction.status, "error": prediction.error}
        refreshed = self.rep.predictions.get(prediction.id)
        paths = self.renderer.generate(self._download(refreshed.output), f"{asset_id}-hero")
        media_volume.commit()
        JobRecord.create(asset_id, "hero_image", {"paths": paths, "prediction": prediction.id})
        return {"status": "succeeded", "paths": paths}
