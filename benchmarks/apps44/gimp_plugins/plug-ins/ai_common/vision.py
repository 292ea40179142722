"""Image description helpers used by the caption and alt-text plug-ins.

These started in ai-caption-layer and were moved here when alt-text needed
them too.  (Not everything has moved yet, see ai-caption-layer/captioner.py.)
"""
import logging

from . import prompts
from .clients import get_anthropic_client, get_genai_client, get_openai_client
from .imageio import b64, data_url
from .settings import get_settings

log = logging.getLogger("ai_common.vision")


def describe_with_claude(png_bytes, instruction, model=None, max_tokens=300):
    client = get_anthropic_client()
    message = client.messages.create(
        model=model or get_settings().caption_model,
        max_tokens=max_tokens,
        system=prompts.CAPTION_SYSTEM,
        messages=[
            {
                "role": "user",
                "content": [
                    {
                        "type": "image",
                        "source": {"type": "base64", "media_type": "image/png", "data": b64(png_bytes)},
                    },
                    {"type": "text", "text": instruction},
                ],
            }
        ],
    )
    return message.content[0].text.strip()


def describe_with_gemini(png_bytes, instruction, model=None):
    from google.genai import types

    response = get_genai_client().models.generate_content(
        model=model or get_settings().alt_text_model,
        contents=[types.Part.from_bytes(data=png_bytes, mime_type="image/png"), instruction],
        config=types.GenerateContentConfig(temperature=0.2, max_output_tokens=256),
    )
    return (response.text or "").strip()


def describe_with_openai(png_bytes, instruction, model="gpt-4o-mini"):
    response = get_openai_client().responses.create(
        model=model,
        input=[
            {
                "role": "user",
                "content": [
                    {"type": "input_text", "text": instruction},
                    {"type": "input_image", "image_url": data_url(png_bytes)},
                ],
            }
        ],
        max_output_tokens=300,
    )
    return response.output_text.strip()


DESCRIBERS = {
    "anthropic": describe_with_claude,
    "google": describe_with_gemini,
    "openai": describe_with_openai,
}


def describe(png_bytes, instruction, provider="anthropic", **kwargs):
    func = DESCRIBERS.get(provider)
    if func is None:
        raise ValueError("no describer for %s" % provider)
    return func(png_bytes, instruction, **kwargs)
