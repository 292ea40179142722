"""Raster image generation used by "Generate bitmap" and the batch script."""

import base64
import io

from google.genai import types

from .clients import get_genai_client, get_hf_client, get_openai_client
from .settings import load_settings


def _png_data_uri(raw):
    return "data:image/png;base64," + base64.b64encode(raw).decode("ascii")


def openai_image(prompt, size="1024x1024", quality="medium"):
    settings = load_settings()
    result = get_openai_client().images.generate(
        model=settings.image_models["openai"],
        prompt=prompt,
        size=size,
        quality=quality,
        n=1,
    )
    return base64.b64decode(result.data[0].b64_json)


def imagen_image(prompt, aspect_ratio="1:1"):
    settings = load_settings()
    client = get_genai_client()
    resp = client.models.generate_images(
        model=settings.image_models["google"],
        prompt=prompt,
        config=types.GenerateImagesConfig(number_of_images=1,
                                          aspect_ratio=aspect_ratio),
    )
    return resp.generated_images[0].image.image_bytes


def hf_image(prompt, width=1024, height=1024):
    settings = load_settings()
    img = get_hf_client().text_to_image(
        prompt,
        model=settings.image_models["huggingface"],
        width=width,
        height=height,
    )
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


GENERATORS = {
    "openai": openai_image,
    "google": imagen_image,
    "huggingface": hf_image,
}


def generate_png(provider, prompt, **kw):
    fn = GENERATORS.get(provider, openai_image)
    return fn(prompt, **kw)


def generate_data_uri(provider, prompt, **kw):
    return _png_data_uri(generate_png(provider, prompt, **kw))
