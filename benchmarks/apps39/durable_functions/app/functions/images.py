"""Cover images for documents: DALL-E by default, Imagen as fallback."""
from __future__ import annotations

import base64

import inngest
from google.genai import types as gtypes

from app.functions.toolkit import LLMToolkit, toolkit
from app.inngest_client import IMAGE_REQUESTED, inngest_client


async def _dalle(kit: LLMToolkit, prompt: str, size: str) -> str:
    img = await kit.oai.images.generate(
        model="dall-e-3", prompt=prompt, size=size, n=1, response_format="b64_json"
    )
    return img.data[0].b64_json


async def _imagen(kit: LLMToolkit, prompt: str) -> str:
    result = await kit.gemini.aio.models.generate_images(
        model="imagen-3.0-generate-002",
        prompt=prompt,
        config=gtypes.GenerateImagesConfig(number_of_images=1),
    )
    return base64.b64encode(result.generated_images[0].image.image_bytes).decode()


@inngest_client.create_function(
    fn_id="generate-cover-image",
    trigger=inngest.TriggerEvent(event=IMAGE_REQUESTED),
    retries=1,
)
async def generate_cover_image(ctx: inngest.Context, step: inngest.Step) -> dict:
    prompt = ctx.event.data["prompt"]
    size = ctx.event.data.get("size", "1024x1024")
    kit = toolkit()

    async def try_dalle() -> str | None:
        try:
            return await _dalle(kit, prompt, size)
        except Exception:  # noqa: BLE001 - content policy errors fall through to Imagen
            return None

    b64 = await step.run("dalle", try_dalle)
    if b64 is None:
        b64 = await step.run("imagen", _imagen, kit, prompt)
    return {"image_b64_len": len(b64)}
