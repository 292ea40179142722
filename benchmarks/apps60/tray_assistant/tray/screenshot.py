"""Capture the screen (or a region) and ask a vision model about it."""
from __future__ import annotations

import base64
import io
import logging
import tempfile
from pathlib import Path

from PIL import Image, ImageGrab

from tray import services, settings
from tray.llm import clients, prompts
from tray.llm.clients import get_anthropic
from tray.workers import handler

log = logging.getLogger(__name__)

MAX_SIDE = 1568  # both OpenAI and Anthropic downscale beyond this anyway
INLINE_LIMIT = 15 * 1024 * 1024


def capture(bbox: tuple[int, int, int, int] | None = None) -> Image.Image:
    img = ImageGrab.grab(bbox=bbox, all_screens=bbox is None)
    img.thumbnail((MAX_SIDE, MAX_SIDE))
    return img


def to_png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def to_data_url(img: Image.Image) -> str:
    return "data:image/png;base64," + base64.b64encode(to_png_bytes(img)).decode()


@handler("explain_screenshot")
def explain_screenshot(question: str = "What is on this screen?", provider: str = "openai") -> str:
    img = capture()
    if provider == "claude":
        return explain_with_claude(img, question)
    if provider == "gemini":
        return explain_with_gemini(img, question)
    client = clients.make_openai_client(timeout=90)
    resp = client.responses.create(
        model=settings.load().models.vision,
        instructions=prompts.EXPLAIN_SCREENSHOT.system,
        input=[
            {
                "role": "user",
                "content": [
                    {"type": "input_text", "text": question},
                    {"type": "input_image", "image_url": to_data_url(img), "detail": "auto"},
                ],
            }
        ],
    )
    return resp.output_text


def explain_with_claude(img: Image.Image, question: str) -> str:
    data = base64.b64encode(to_png_bytes(img)).decode()
    message = get_anthropic().messages.create(
        model=settings.load().models.claude,
        max_tokens=1024,
        system=prompts.EXPLAIN_SCREENSHOT.system,
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": data}},
                    {"type": "text", "text": question},
                ],
            }
        ],
    )
    return "".join(b.text for b in message.content if b.type == "text")


def explain_with_gemini(img: Image.Image, question: str) -> str:
    from google.genai import types

    png = to_png_bytes(img)
    client = services.require("genai_client")
    if len(png) > INLINE_LIMIT:
        with tempfile.NamedTemporaryFile(suffix=".png", delete=False) as fh:
            fh.write(png)
        uploaded = client.files.upload(file=fh.name)
        Path(fh.name).unlink(missing_ok=True)
        image_part = uploaded
    else:
        image_part = types.Part.from_bytes(data=png, mime_type="image/png")
    resp = client.models.generate_content(
        model=settings.load().models.gemini,
        contents=[image_part, question],
        config=types.GenerateContentConfig(system_instruction=prompts.EXPLAIN_SCREENSHOT.system),
    )
    return resp.text or ""
