"""OpenAI chat, vision and image generation."""
from __future__ import annotations

import base64
import logging

from .. import settings
from .base import BackendError, ImageBackend, ImageResult, TextBackend, TextResult
from .clients import openai_client
from .registry import register

log = logging.getLogger(__name__)

_SUPPORTED_SIZES = ("1024x1024", "1024x1536", "1536x1024")


def _closest_size(width: int, height: int) -> str:
    if width > height * 1.2:
        return "1536x1024"
    if height > width * 1.2:
        return "1024x1536"
    return "1024x1024"


@register("text", "openai")
class OpenAITextBackend(TextBackend):
    def complete(self, system: str, prompt: str, max_tokens: int = 600) -> TextResult:
        cfg = settings.current()
        resp = openai_client().chat.completions.create(
            model=cfg.openai_chat_model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": prompt},
            ],
            max_tokens=max_tokens,
            temperature=0.9,
        )
        choice = resp.choices[0]
        return TextResult(
            text=choice.message.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens if resp.usage else 0,
            output_tokens=resp.usage.completion_tokens if resp.usage else 0,
        )

    def describe_image(self, png_bytes: bytes, instruction: str) -> TextResult:
        cfg = settings.current()
        data_url = "data:image/png;base64," + base64.b64encode(png_bytes).decode("ascii")
        client = openai_client()
        resp = client.responses.create(
            model=cfg.openai_chat_model,
            input=[
                {
                    "role": "user",
                    "content": [
                        {"type": "input_text", "text": instruction},
                        {"type": "input_image", "image_url": data_url},
                    ],
                }
            ],
        )
        usage = resp.usage
        return TextResult(
            text=resp.output_text,
            model=cfg.openai_chat_model,
            input_tokens=usage.input_tokens if usage else 0,
            output_tokens=usage.output_tokens if usage else 0,
        )


@register("image", "openai")
class OpenAIImageBackend(ImageBackend):
    def __init__(self) -> None:
        self._client = openai_client()

    def _check_prompt(self, prompt: str) -> None:
        mod = self._client.moderations.create(model="omni-moderation-latest", input=prompt)
        if mod.results and mod.results[0].flagged:
            raise BackendError("The prompt was rejected by the moderation endpoint.")

    def generate(self, prompt: str, width: int, height: int, negative: str = "") -> ImageResult:
        cfg = settings.current()
        self._check_prompt(prompt)
        if negative:
            prompt = f"{prompt}\n\nAvoid: {negative}"
        size = _closest_size(width, height)
        log.debug("openai image %s size=%s", cfg.openai_image_model, size)
        result = self._client.images.generate(
            model=cfg.openai_image_model,
            prompt=prompt,
            size=size,
            n=1,
        )
        b64 = result.data[0].b64_json
        if not b64:
            raise BackendError("OpenAI returned no image data")
        return ImageResult(png_bytes=base64.b64decode(b64), model=cfg.openai_image_model)

    def edit(self, png_bytes: bytes, mask_png: bytes | None, prompt: str) -> ImageResult:
        """Inpaint the selection. Not exposed in the docker yet (see #41)."""
        cfg = settings.current()
        kwargs = {}
        if mask_png is not None:
            kwargs["mask"] = ("mask.png", mask_png, "image/png")
        result = self._client.images.edit(
            model=cfg.openai_image_model,
            image=("layer.png", png_bytes, "image/png"),
            prompt=prompt,
            **kwargs,
        )
        return ImageResult(png_bytes=base64.b64decode(result.data[0].b64_json), model=cfg.openai_image_model)


def available_models() -> list[str]:
    """Used by the settings dialog to fill the model combo box."""
    try:
        return sorted(m.id for m in openai_client().models.list() if m.id.startswith(("gpt", "o", "dall-e")))
    except Exception as exc:  # noqa: BLE001 - offline is fine here
        log.info("could not list OpenAI models: %s", exc)
        return []
