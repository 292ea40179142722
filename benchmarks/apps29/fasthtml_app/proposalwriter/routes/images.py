"""Cover images for proposals: Replicate (default), Imagen, or Grok."""
from __future__ import annotations

import base64
import logging

import replicate
from fasthtml.common import APIRouter, Div, H2, Img, P

from ..components import flash, image_form, page
from ..services import services

log = logging.getLogger(__name__)
ar = APIRouter(prefix="/images")

FLUX = "black-forest-labs/flux-schnell"


@ar.get("/")
def images_home(req, pid: int | None = None):
    return page("Cover images", H2("Cover image"), image_form(pid), Div(id="image-result"),
                user=req.scope["auth"])


def _replicate_image(prompt: str) -> str:
    output = replicate.run(FLUX, input={"prompt": prompt, "aspect_ratio": "16:9", "num_outputs": 1})
    first = output[0]
    return str(getattr(first, "url", first))


def _imagen_image(prompt: str) -> str:
    from google.genai import types

    result = services.genai.models.generate_images(
        model="imagen-3.0-generate-002",
        prompt=prompt,
        config=types.GenerateImagesConfig(number_of_images=1, aspect_ratio="16:9"),
    )
    raw = result.generated_images[0].image.image_bytes
    return "data:image/png;base64," + base64.b64encode(raw).decode()


def _grok_image(prompt: str) -> str:
    resp = services.xai.image.sample(prompt=prompt, model=services.settings.models.grok_image,
                                     image_format="url")
    return resp.url


ENGINES = {"replicate": _replicate_image, "google": _imagen_image, "xai": _grok_image}


@ar.post("/")
def generate(req, prompt: str, engine: str = "replicate", proposal_id: str = ""):
    if not prompt.strip():
        return flash("Describe the image first", "warning")
    fn = ENGINES.get(engine, _replicate_image)
    try:
        url = fn(prompt)
    except Exception as exc:
        log.exception("image generation failed")
        return P(f"Failed: {exc}", cls="error", id="image-result")
    return Div(Img(src=url, alt=prompt), P(prompt, cls="muted"), id="image-result")


@ar.post("/variations")
async def variations(req, prompt: str, n: int = 2):
    urls = []
    for seed in range(n):
        out = await services.replicate.async_run(FLUX, input={"prompt": prompt, "seed": seed})
        urls.append(str(out[0]))
    return Div(*[Img(src=u) for u in urls], id="image-result")


@ar.post("/hires")
def hires(req, prompt: str):
    """Kick off the slow SDXL upscale pipeline; the webhook updates the proposal."""
    prediction = req.scope["services"].replicate.predictions.create(
        model="stability-ai/sdxl",
        input={"prompt": prompt, "width": 1536, "height": 864},
        webhook=f"{req.base_url}images/webhook",
        webhook_events_filter=["completed"],
    )
    return P(f"Queued high-res render ({prediction.id})", id="image-result")


@ar.post("/webhook")
async def webhook(req):
    payload = await req.json()
    log.info("replicate webhook: %s %s", payload.get("id"), payload.get("status"))
    return {"ok": True}
