from __future__ import annotations

import base64
import logging
import uuid

from aiohttp import web

from gateway import appkeys
from gateway.errors import BadRequest
from gateway.providers.gemini import describe_image

log = logging.getLogger(__name__)
routes = web.RouteTableDef()

IMAGEN_MODEL = "imagen-3.0-generate-002"
ALLOWED_RATIOS = {"1:1", "3:4", "4:3", "9:16", "16:9"}


@routes.post("/v1/images")
async def generate_image(request: web.Request) -> web.Response:
    body = await request.json()
    prompt = (body.get("prompt") or "").strip()
    ratio = body.get("aspect_ratio", "1:1")
    if not prompt or ratio not in ALLOWED_RATIOS:
        raise BadRequest("prompt required and aspect_ratio must be one of %s" % sorted(ALLOWED_RATIOS))
    count = max(1, min(int(body.get("n", 1)), 4))

    result = await request.app[appkeys.GEMINI].aio.models.generate_images(
        model=IMAGEN_MODEL,
        prompt=prompt,
        config={"number_of_images": count, "aspect_ratio": ratio, "person_generation": "dont_allow"},
    )
    urls = []
    blobs = request.app[appkeys.BLOBS]
    for generated in result.generated_images:
        key = f"images/{uuid.uuid4().hex}.png"
        urls.append(await blobs.put(key, generated.image.image_bytes, "image/png"))
    return web.json_response({"images": urls})


@routes.post("/v1/images/alt-text")
async def alt_text(request: web.Request) -> web.Response:
    body = await request.json()
    try:
        image = base64.b64decode(body["image_b64"])
    except (KeyError, ValueError):
        raise BadRequest("image_b64 is required") from None
    text = await describe_image(
        request.app[appkeys.GEMINI],
        request.app[appkeys.SETTINGS].gemini_model,
        image,
        body.get("mime_type", "image/png"),
    )
    return web.json_response({"alt_text": text})
