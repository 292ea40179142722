"""Product image helpers: alt text and placeholder images."""
import base64
import logging
from typing import Optional

from .. import settings as ai_settings
from ..llm import get_openai_client, get_together_client

logger = logging.getLogger(__name__)

ALT_TEXT_PROMPT = "Write a one sentence alt text for this product photo. No marketing language."


def generate_alt_text(image_url: str, product_name: str, api_key: Optional[str] = None) -> str:
    client = get_openai_client(api_key)
    response = client.responses.create(
        model="gpt-4o-mini",
        input=[
            {
                "role": "user",
                "content": [
                    {"type": "input_text", "text": f"{ALT_TEXT_PROMPT} Product: {product_name}"},
                    {"type": "input_image", "image_url": image_url},
                ],
            }
        ],
        max_output_tokens=80,
    )
    return response.output_text.strip()


def generate_placeholder_image(product_name: str, api_key: Optional[str] = None) -> bytes:
    """Placeholder for products imported without media (marketing request)."""
    result = get_openai_client(api_key).images.generate(
        model="gpt-image-1",
        prompt=f"Studio product photo of {product_name} on a plain white background",
        size="1024x1024",
        n=1,
    )
    return base64.b64decode(result.data[0].b64_json)


def generate_lifestyle_image(product_name: str, style: str = "minimal") -> bytes:
    together = get_together_client()
    result = together.images.generate(
        model="black-forest-labs/FLUX.1-schnell",
        prompt=f"{style} lifestyle photo featuring {product_name}",
        width=1024,
        height=768,
        steps=4,
        response_format="b64_json",
    )
    return base64.b64decode(result.data[0].b64_json)


def upload_catalog_for_batch(jsonl_path: str, api_key: Optional[str] = None) -> str:
    """Upload a JSONL batch input file. The batch itself is created by ops."""
    client = get_openai_client(api_key)
    with open(jsonl_path, "rb") as fh:
        uploaded = client.files.create(file=fh, purpose="batch")
    return uploaded.id
