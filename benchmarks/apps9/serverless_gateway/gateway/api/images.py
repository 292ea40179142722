"""Image generation: FLUX on Together, gpt-image-1 on OpenAI."""
from __future__ import annotations

from typing import Literal, Optional

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

from gateway.api.deps import Caller, require_caller
from gateway.providers.clients import async_openai_client, async_together_client

router = APIRouter()

FLUX_MODELS = {"flux-schnell": "black-forest-labs/FLUX.1-schnell", "flux-pro": "black-forest-labs/FLUX.1.1-pro"}


class ImageRequest(BaseModel):
    model: str = "flux-schnell"
    prompt: str = Field(..., max_length=4000)
    n: int = Field(1, ge=1, le=4)
    size: str = "1024x1024"
    response_format: Literal["url", "b64_json"] = "url"
    seed: Optional[int] = None


def _dims(size: str):
    try:
        w, h = (int(x) for x in size.lower().split("x"))
    except ValueError:
        raise HTTPException(status_code=400, detail=f"bad size {size!r}") from None
    return w, h


@router.post("/v1/images/generations")
async def generate_images(req: ImageRequest, caller: Caller = Depends(require_caller)):
    if req.model in FLUX_MODELS:
        width, height = _dims(req.size)
        together = async_together_client()
        result = await together.images.generate(
            model=FLUX_MODELS[req.model],
            prompt=req.prompt,
            n=req.n,
            width=width,
            height=height,
            seed=req.seed,
            response_format="base64" if req.response_format == "b64_json" else "url",
        )
        data = [
            {"b64_json": img.b64_json} if req.response_format == "b64_json" else {"url": img.url}
            for img in result.data
        ]
        return {"created": 0, "data": data}

    if req.model == "gpt-image-1":
        openai = async_openai_client()
        result = await openai.images.generate(model="gpt-image-1", prompt=req.prompt, n=req.n, size=req.size)
        return result.model_dump(exclude_none=True)

    raise HTTPException(status_code=404, detail=f"unknown image model {req.model!r}")
