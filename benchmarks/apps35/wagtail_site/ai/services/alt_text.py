"""Alt text generation for images uploaded to the Wagtail image library."""
from __future__ import annotations

import base64
import logging

from ai import get_openai_client

logger = logging.getLogger(__name__)

ALT_TEXT_PROMPT = (
    "Write concise alt text (under 125 characters) for this image on a news site. "
    "Describe what matters for a reader who cannot see it. No 'image of'."
)


def _image_data_url(image) -> str:
    with image.file.open("rb") as fh:
        data = base64.b64encode(fh.read()).decode("ascii")
    ext = (image.file.name.rsplit(".", 1)[-1] or "jpeg").lower()
    return f"data:image/{ext};base64,{data}"


def generate_alt_text(image, client=None, model: str = "gpt-4o-mini") -> str:
    client = client or get_openai_client()
    response = client.chat.completions.create(
        model=model,
        max_tokens=60,
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": ALT_TEXT_PROMPT},
                    {"type": "image_url", "image_url": {"url": _image_data_url(image)}},
                ],
            }
        ],
    )
    text = (response.choices[0].message.content or "").strip().strip('"')
    logger.debug("alt text for image %s: %s", image.pk, text)
    return text[:250]
