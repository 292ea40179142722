"""Tools backed by other models hosted on Replicate (upscaler, OCR, VLM fallback).

These are called from the predictor when the plan asks for them. Each tool
receives the shared ``replicate.Client`` built in setup().
"""
from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Iterator

import replicate
from replicate.exceptions import ModelError, ReplicateError

logger = logging.getLogger(__name__)


class HostedTools:
    def __init__(self, client: replicate.Client, upscaler_ref: str, ocr_ref: str, vlm_ref: str) -> None:
        self.client = client
        self.upscaler_ref = upscaler_ref
        self.ocr_ref = ocr_ref
        self.vlm_ref = vlm_ref

    def upscale(self, image_path: Path, scale: int = 2) -> str:
        with open(image_path, "rb") as fh:
            output = self.client.run(
                self.upscaler_ref,
                input={"image": fh, "scale": scale, "face_enhance": False},
            )
        # real-esrgan returns a FileOutput; str() gives the URL
        return str(output)

    def ocr(self, image_path: Path) -> str:
        try:
            with open(image_path, "rb") as fh:
                text = self.client.run(self.ocr_ref, input={"image": fh})
        except ModelError as exc:
            logger.warning("OCR model failed: %s", exc)
            return ""
        return text if isinstance(text, str) else "".join(text)

    def vlm_caption_stream(self, image_path: Path, prompt: str) -> Iterator[str]:
        """LLaVA fallback when the local captioner produced garbage."""
        with open(image_path, "rb") as fh:
            for event in self.client.stream(
                self.vlm_ref,
                input={"image": fh, "prompt": prompt, "max_tokens": 256, "temperature": 0.2},
            ):
                yield str(event)

    def upscale_async(self, image_url: str, webhook: str | None = None) -> str:
        """Fire-and-forget prediction; used by the batch script with webhooks."""
        version = self.upscaler_ref.split(":", 1)[1]
        prediction = self.client.predictions.create(
            version=version,
            input={"image": image_url, "scale": 4},
            webhook=webhook,
            webhook_events_filter=["completed"],
        )
        return prediction.id

    def wait(self, prediction_id: str, timeout_s: float = 300.0) -> str | None:
        prediction = self.client.predictions.get(prediction_id)
        deadline = time.monotonic() + timeout_s
        while prediction.status not in ("succeeded", "failed", "canceled"):
            if time.monotonic() > deadline:
                prediction.cancel()
                return None
            time.sleep(2)
            prediction.reload()
        return str(prediction.output) if prediction.status == "succeeded" else None

    def describe_models(self) -> dict[str, str]:
        info: dict[str, str] = {}
        for ref in (self.upscaler_ref, self.ocr_ref, self.vlm_ref):
            name = ref.split(":", 1)[0]
            try:
                model = self.client.models.get(name)
                info[name] = model.latest_version.id if model.latest_version else "?"
            except ReplicateError:
                info[name] = "unavailable"
        return info
