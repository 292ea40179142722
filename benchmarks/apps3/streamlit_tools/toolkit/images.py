"""Image generation backends for the Image Studio page."""

from __future__ import annotations

import base64
import io
import logging
from typing import Callable

import replicate
import requests

from toolkit.clients import get_hf, get_openai, get_together
from toolkit.config import settings

logger = logging.getLogger(__name__)

STABILITY_URL = "https://api.stability.ai/v2beta/stable-image/generate/core"
SIZES = ("1024x1024", "1536x1024", "1024x1536")

ImageFn = Callable[[str, str], bytes]


def _dims(size: str) -> tuple[int, int]:
    width, height = (int(v) for v in size.split("x"))
    return width, height


def _download(url: str) -> bytes:
    resp = requests.get(url, timeout=60)
    resp.raise_for_status()
    return resp.content


def _openai_image(prompt: str, size: str) -> bytes:
    result = get_openai().images.generate(model=settings.image_model, prompt=prompt, size=size, n=1)
    return base64.b64decode(result.data[0].b64_json)


def _replicate_image(prompt: str, size: str) -> bytes:
    width, height = _dims(size)
    aspect = "1:1" if width == height else ("3:2" if width > height else "2:3")
    output = replicate.run(
        "black-forest-labs/flux-schnell",
        input={"prompt": prompt, "aspect_ratio": aspect, "output_format": "png", "num_outputs": 1},
    )
    return output[0].read()


def _hf_image(prompt: str, size: str) -> bytes:
    width, height = _dims(size)
    image = get_hf().text_to_image(
        prompt,
        model="stabilityai/stable-diffusion-xl-base-1.0",
        width=width,
        height=height,
    )
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def _stability_image(prompt: str, size: str) -> bytes:
    width, height = _dims(size)
    resp = requests.post(
        STABILITY_URL,
        headers={"Authorization": f"Bearer {settings.stability_api_key}", "Accept": "image/*"},
        files={"none": ""},
        data={"prompt": prompt, "output_format": "png", "aspect_ratio": "1:1" if width == height else "3:2"},
        timeout=90,
    )
    if resp.status_code != 200:
        logger.error("stability error %s: %s", resp.status_code, resp.text[:200])
        resp.raise_for_status()
    return resp.content


IMAGE_BACKENDS: dict[str, ImageFn] = {
    "OpenAI gpt-image-1": _openai_image,
    "FLUX schnell (Replicate)": _replicate_image,
    "FLUX schnell (Together)": lambda prompt, size: _download(
        get_together().images.generate(
            model="black-forest-labs/FLUX.1-schnell",
            prompt=prompt,
            width=_dims(size)[0],
            height=_dims(size)[1],
            steps=4,
            n=1,
        ).data[0].url
    ),
    "SDXL (Hugging Face)": _hf_image,
    "Stable Image Core (Stability)": _stability_image,
}
