"""Thumbnail/illustration generation for knowledge-base articles."""
from __future__ import annotations

import base64
import hashlib

from svc import Service, rpc
from svc.llm import get_openai

ALLOWED_SIZES = {"1024x1024", "1792x1024", "1024x1792"}


class ImageService(Service):
    name = "images"
    version = "0.1.0"
    queue_group = "ai.images.gpu"  # historical name, there is no GPU

    def __init__(self, *a, **kw) -> None:
        super().__init__(*a, **kw)
        self._cache: dict[str, str] = {}

    @rpc("ai.image")
    async def illustrate(self, req: dict) -> dict:
        size = req.get("size", "1024x1024")
        if size not in ALLOWED_SIZES:
            raise ValueError(f"size must be one of {sorted(ALLOWED_SIZES)}")
        key = hashlib.sha1(f"{req['prompt']}|{size}".encode()).hexdigest()
        if key in self._cache:
            return {"b64": self._cache[key], "cached": True}
        img = await get_openai().images.generate(
            model="dall-e-3",
            prompt=req["prompt"],
            size=size,
            response_format="b64_json",
            n=1,
        )
        b64 = img.data[0].b64_json
        self._cache[key] = b64
        return {"b64": b64, "cached": False, "bytes": len(base64.b64decode(b64))}
