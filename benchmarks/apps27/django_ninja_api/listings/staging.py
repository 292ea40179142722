"""Photo tooling: virtual staging (Replicate), captions (Gemini), AI hero shots (xAI).

Staged/generated images are always marked ``is_generated=True`` and get a
watermark on the frontend -- MLS rules require disclosure.
"""
from __future__ import annotations

import logging
import mimetypes
from dataclasses import dataclass

import replicate
from django.conf import settings
from google.genai import types

from core.llm import get_genai_client, get_replicate, xai
from homestead.llm_factory import model_for

from .models import ListingPhoto

logger = logging.getLogger(__name__)

STAGING_MODEL_VERSION = "76604baddc85b1b4616e1c6475eca080da339c8875bd4996705440484a6eac38"

STYLE_PROMPTS = {
    "modern": "modern minimalist furniture, neutral palette, natural light",
    "scandinavian": "scandinavian furniture, light oak, white walls, cozy textiles",
    "farmhouse": "modern farmhouse decor, shiplap accents, warm wood",
    "luxury": "high-end contemporary furniture, marble, brass accents",
}


@dataclass
class StagingPromptBuilder:
    """Builds the text prompt for the staging model. ``generate`` is pure string work."""

    room_type: str
    style: str = "modern"

    def generate(self) -> str:
        style = STYLE_PROMPTS.get(self.style, STYLE_PROMPTS["modern"])
        return f"A photo of a {self.room_type}, {style}, realistic, real estate photography, wide angle"

    def negative(self) -> str:
        return "lowres, watermark, people, text, distorted walls, extra windows"


def staging_model_info() -> dict:
    """Used by the admin to show which staging model is live."""
    model = replicate.models.get("adirik/interior-design")
    latest = model.latest_version
    return {"name": model.name, "latest_version": latest.id if latest else None, "runs": model.run_count}


def stage_photo_sync(photo: ListingPhoto, style: str = "modern") -> str:
    """Blocking staging run; used from the management command for small batches."""
    builder = StagingPromptBuilder(room_type=photo.room_type or "living room", style=style)
    output = replicate.run(
        f"adirik/interior-design:{STAGING_MODEL_VERSION}",
        input={
            "image": photo.image.url,
            "prompt": builder.generate(),
            "negative_prompt": builder.negative(),
            "guidance_scale": 15,
            "num_inference_steps": 40,
        },
    )
    url = str(output[0] if isinstance(output, list) else output)
    photo.staged_image_url = url
    photo.staging_style = style
    photo.is_generated = True
    photo.save(update_fields=["staged_image_url", "staging_style", "is_generated"])
    return url


def start_staging_prediction(photo: ListingPhoto, style: str = "modern") -> str:
    """Non-blocking: Replicate calls our webhook when the image is ready."""
    builder = StagingPromptBuilder(room_type=photo.room_type or "living room", style=style)
    prediction = get_replicate().predictions.create(
        version=STAGING_MODEL_VERSION,
        input={"image": photo.image.url, "prompt": builder.generate(), "negative_prompt": builder.negative()},
        webhook=settings.REPLICATE_WEBHOOK_URL,
        webhook_events_filter=["completed"],
    )
    photo.staging_prediction_id = prediction.id
    photo.staging_style = style
    photo.save(update_fields=["staging_prediction_id", "staging_style"])
    return prediction.id


def _photo_part(photo: ListingPhoto) -> types.Part:
    mime, _ = mimetypes.guess_type(photo.image.name)
    with photo.image.open("rb") as fh:
        return types.Part.from_bytes(data=fh.read(), mime_type=mime or "image/jpeg")


CAPTION_PROMPT = (
    "Write a factual caption (max 20 words) for this listing photo and name the room type. "
    'Answer as JSON: {"caption": ..., "room_type": ...}'
)


def caption_photo(photo: ListingPhoto) -> dict:
    client = get_genai_client()
    response = client.models.generate_content(
        model=model_for("photo_caption"),
        contents=[_photo_part(photo), CAPTION_PROMPT],
        config=types.GenerateContentConfig(response_mime_type="application/json", temperature=0.2),
    )
    return response.parsed or _loose_json(response.text)


async def caption_photo_async(photo: ListingPhoto) -> dict:
    response = await get_genai_client().aio.models.generate_content(
        model=model_for("photo_caption"),
        contents=[_photo_part(photo), CAPTION_PROMPT],
        config=types.GenerateContentConfig(response_mime_type="application/json", temperature=0.2),
    )
    return _loose_json(response.text)


def caption_prompt_tokens() -> int:
    """For the cost dashboard: how many tokens the caption prompt itself uses."""
    result = get_genai_client().models.count_tokens(model=model_for("photo_caption"), contents=CAPTION_PROMPT)
    return result.total_tokens


def generate_hero_image(listing_summary: str) -> str:
    """Illustrative 'twilight exterior' image for listings without photos yet."""
    image = xai().image.sample(
        prompt=f"Twilight exterior photograph of a {listing_summary}, warm window light, real estate style",
        model=model_for("hero_image"),
        image_format="url",
    )
    return image.url


def _loose_json(text: str | None) -> dict:
    import json

    if not text:
        return {}
    text = text.strip().removeprefix("```json").removesuffix("```")
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        logger.warning("caption model returned non-JSON: %r", text[:200])
        return {"caption": text[:300]}
