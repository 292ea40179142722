"""Image generation for slides, mock-ups and the occasional team meme."""
from __future__ import annotations

import base64
import logging
from typing import Any

from assistant.config import get_settings
from assistant.llm.clients import async_openai_client
from assistant.tools import register_tool
from assistant.tools.base import Tool, ToolContext, ToolResult

log = logging.getLogger(__name__)

_ALLOWED_SIZES = ("1024x1024", "1536x1024", "1024x1536")


@register_tool
class GenerateImage(Tool):
    name = "generate_image"
    description = "Generate an image from a text description and attach it to the thread."
    input_schema = {
        "type": "object",
        "properties": {
            "prompt": {"type": "string"},
            "size": {"type": "string", "enum": list(_ALLOWED_SIZES)},
        },
        "required": ["prompt"],
    }
    requires_opt_in = True

    async def run(self, ctx: ToolContext, prompt: str, size: str = "1024x1024", **_: Any) -> ToolResult:
        if size not in _ALLOWED_SIZES:
            size = "1024x1024"
        client = async_openai_client()
        result = await client.images.generate(
            model=get_settings().models.image_model,
            prompt=prompt,
            size=size,
            quality="medium",
            n=1,
            user=ctx.slack_user,
        )
        image_b64 = result.data[0].b64_json
        if not image_b64:
            return ToolResult.error("The image service returned nothing.")
        return ToolResult(
            "Here you go.",
            attachments={"image_png": base64.b64decode(image_b64), "filename": "otto-image.png"},
        )
