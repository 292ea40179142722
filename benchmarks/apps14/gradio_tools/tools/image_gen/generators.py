"""Image backends for the marketing image tool.

gpt-image-1 is better at following layout instructions; Imagen is faster and
cheaper for photo-style hero images. The UI lets people pick.
"""
from __future__ import annotations

import base64
import io
import logging
from dataclasses import dataclass
from typing import Callable, Dict, List

from google.genai import types
from PIL import Image

from common.clients import get_genai, get_openai
from common.settings import get_settings

log = logging.getLogger(__name__)

ASPECTS = {
    "Square (1:1)": ("1024x1024", "1:1"),
    "Landscape (3:2 / 16:9)": ("1536x1024", "16:9"),
    "Portrait (2:3 / 9:16)": ("1024x1536", "9:16"),
}


@dataclass
class GeneratedImage:
    image: Image.Image
    backend: str
    prompt: str

    def png_bytes(self) -> bytes:
        buf = io.BytesIO()
        self.image.save(buf, format="PNG")
        return buf.getvalue()


def _openai_images(prompt: str, aspect: str, n: int) -> List[GeneratedImage]:
    size, _ = ASPECTS[aspect]
    result = get_openai().images.generate(
        model=get_settings().image_model,
        prompt=prompt,
        size=size,
        n=n,
        quality="medium",
    )
    return [
        GeneratedImage(Image.open(io.BytesIO(base64.b64decode(d.b64_json))), "gpt-image-1", prompt)
        for d in result.data
    ]


def _imagen(prompt: str, aspect: str, n: int) -> List[GeneratedImage]:
    _, ratio = ASPECTS[aspect]
    client = get_genai()
    result = client.models.generate_images(
        model=get_settings().imagen_model,
        prompt=prompt,
        config=types.GenerateImagesConfig(
            number_of_images=n,
            aspect_ratio=ratio,
            person_generation="allow_adult",
        ),
    )
    images = []
    for gen in result.generated_images or []:
        images.append(GeneratedImage(Image.open(io.BytesIO(gen.image.image_bytes)), "imagen", prompt))
    return images


BACKENDS: Dict[str, Callable[[str, str, int], List[GeneratedImage]]] = {
    "GPT Image": _openai_images,
    "Imagen 4": _imagen,
}


def generate(backend: str, prompt: str, aspect: str, n: int = 2) -> List[GeneratedImage]:
    try:
        fn = BACKENDS[backend]
    except KeyError:
        raise ValueError(f"unknown backend {backend!r}") from None
    log.info("generating %d images with %s", n, backend)
    return fn(prompt, aspect, n)


def edit_brand_asset(asset_path: str, instruction: str, mask_path: str = "") -> GeneratedImage:
    """Variations of an existing brand asset (e.g. swap the background of a product shot)."""
    kwargs = {}
    if mask_path:
        kwargs["mask"] = open(mask_path, "rb")
    with open(asset_path, "rb") as image_file:
        result = get_openai().images.edit(
            model=get_settings().image_model,
            image=image_file,
            prompt=instruction,
            size="1024x1024",
            **kwargs,
        )
    if "mask" in kwargs:
        kwargs["mask"].close()
    data = base64.b64decode(result.data[0].b64_json)
    return GeneratedImage(Image.open(io.BytesIO(data)), "gpt-image-1-edit", instruction)
