"""Replicate-hosted image models (FLUX / SDXL) and Real-ESRGAN upscaling."""
from __future__ import annotations

import io
import logging
import time
import urllib.request

import replicate

from .. import settings
from .base import BackendError, ImageBackend, ImageResult, UpscaleBackend
from .clients import replicate_client
from .registry import register

log = logging.getLogger(__name__)

POLL_INTERVAL = 1.5


def _download(output) -> bytes:
    """Replicate returns FileOutput objects (or plain URLs on older models)."""
    if isinstance(output, list):
        output = output[0]
    if hasattr(output, "read"):
        return output.read()
    with urllib.request.urlopen(str(output), timeout=60) as fh:
        return fh.read()


def _aspect(width: int, height: int) -> str:
    ratio = width / max(height, 1)
    for name, value in (("16:9", 16 / 9), ("3:2", 1.5), ("4:3", 4 / 3), ("1:1", 1.0),
                        ("3:4", 0.75), ("2:3", 2 / 3), ("9:16", 9 / 16)):
        if abs(ratio - value) < 0.08:
            return name
    return "1:1"


@register("image", "replicate")
class ReplicateImageBackend(ImageBackend):
    def generate(self, prompt: str, width: int, height: int, negative: str = "") -> ImageResult:
        cfg = settings.current()
        client = replicate_client()
        output = client.run(
            cfg.replicate_image_model,
            input={
                "prompt": prompt,
                "aspect_ratio": _aspect(width, height),
                "output_format": "png",
                "num_outputs": 1,
            },
        )
        return ImageResult(png_bytes=_download(output), model=cfg.replicate_image_model)


@register("upscale", "replicate")
class ReplicateUpscaleBackend(UpscaleBackend):
    """Real-ESRGAN runs long; we create a prediction and poll so we can cancel."""

    def __init__(self) -> None:
        self._cancelled = False
        self.current_prediction = None

    def cancel(self) -> None:
        self._cancelled = True
        if self.current_prediction is not None:
            self.current_prediction.cancel()

    def upscale(self, png_bytes: bytes, scale: int = 2) -> ImageResult:
        cfg = settings.current()
        client = replicate_client()
        model = client.models.get(cfg.replicate_upscale_model)
        version = model.latest_version
        prediction = client.predictions.create(
            version=version.id,
            input={"image": io.BytesIO(png_bytes), "scale": scale, "face_enhance": False},
        )
        self.current_prediction = prediction
        while prediction.status not in ("succeeded", "failed", "canceled"):
            if self._cancelled:
                break
            time.sleep(POLL_INTERVAL)
            prediction.reload()
        self.current_prediction = None
        if prediction.status != "succeeded":
            raise BackendError(f"Replicate upscale {prediction.status}: {prediction.error}")
        return ImageResult(png_bytes=_download(prediction.output), model=cfg.replicate_upscale_model)


def quick_sketch_to_image(png_bytes: bytes, prompt: str) -> bytes:
    """Used by the 'Sketch → Image' action; uses the module-level default client."""
    output = replicate.run(
        "jagilley/controlnet-scribble:435061a1b5a4c1e26740464bf786efdfa9cb3a3ac488595a2de23e143fdb0117",
        input={"image": io.BytesIO(png_bytes), "prompt": prompt},
    )
    return _download(output)


def list_collection(slug: str = "text-to-image") -> list[str]:
    coll = replicate.collections.get(slug)
    return [f"{m.owner}/{m.name}" for m in coll.models]
