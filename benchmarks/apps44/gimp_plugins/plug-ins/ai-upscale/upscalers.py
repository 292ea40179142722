"""Upscaling providers for ai-upscale."""
import logging
import urllib.request

from ai_common import get_genai_client, get_hf_client, get_settings
from ai_common.imageio import pil_to_png_bytes

log = logging.getLogger("ai-upscale.upscalers")


def upscale_replicate(png_bytes, scale=2, face_enhance=False):
    import io

    import replicate

    settings = get_settings()
    output = replicate.run(
        settings.replicate_upscale_model,
        input={"image": io.BytesIO(png_bytes), "scale": scale, "face_enhance": face_enhance},
    )
    if hasattr(output, "read"):
        return output.read()
    with urllib.request.urlopen(str(output), timeout=300) as resp:
        return resp.read()


def upscale_imagen(png_bytes, scale=2):
    from google.genai import types

    client = get_genai_client()
    response = client.models.upscale_image(
        model="imagen-3.0-generate-002",
        image=types.Image(image_bytes=png_bytes, mime_type="image/png"),
        upscale_factor="x%d" % min(max(scale, 2), 4),
    )
    return response.generated_images[0].image.image_bytes


def upscale_hf(png_bytes, scale=2, model="caidas/swin2SR-classical-sr-x2-64"):
    client = get_hf_client()
    pil = client.image_to_image(png_bytes, model=model)
    return pil_to_png_bytes(pil)


UPSCALERS = {
    "replicate": upscale_replicate,
    "imagen": upscale_imagen,
    "huggingface": upscale_hf,
}
