"""Caption logic for ai-caption-layer.

Half of this moved to ai_common.vision; the streaming preview and the
layer-naming helper are still here because only this plug-in uses them.
"""
import logging

from ai_common import get_openai_client
from ai_common import prompts
from ai_common.imageio import b64

log = logging.getLogger("ai-caption-layer.captioner")

DEFAULT_MAX_TOKENS = 200


def _image_block(png_bytes):
    return {
        "type": "image",
        "source": {"type": "base64", "media_type": "image/png", "data": b64(png_bytes)},
    }


def caption_layer(client, png_bytes, style="plain", model="claude-3-5-sonnet-latest"):
    """Return a one-line caption for the given PNG.

    ``client`` is an ``anthropic.Anthropic`` instance (see ai_common.clients).
    """
    response = client.messages.create(
        model=model,
        max_tokens=DEFAULT_MAX_TOKENS,
        system=prompts.CAPTION_SYSTEM,
        messages=[{
            "role": "user",
            "content": [_image_block(png_bytes), {"type": "text", "text": prompts.caption_prompt(style)}],
        }],
        temperature=0.4,
    )
    text = "".join(block.text for block in response.content if block.type == "text")
    log.debug("caption usage: %s", response.usage)
    return text.strip().strip('"')


def stream_caption(client, png_bytes, style, on_text, model="claude-3-5-sonnet-latest"):
    """Stream the caption into the preview dialog as it is generated."""
    chunks = []
    with client.messages.stream(
        model=model,
        max_tokens=DEFAULT_MAX_TOKENS,
        system=prompts.CAPTION_SYSTEM,
        messages=[{
            "role": "user",
            "content": [_image_block(png_bytes), {"type": "text", "text": prompts.caption_prompt(style)}],
        }],
    ) as stream:
        for text in stream.text_stream:
            chunks.append(text)
            on_text("".join(chunks))
        final = stream.get_final_message()
    log.debug("stream usage: %s", final.usage)
    return "".join(chunks).strip()


def caption_fits_budget(client, png_bytes, model, budget=2000):
    """Check the request size before sending huge layers (free endpoint)."""
    count = client.messages.count_tokens(
        model=model,
        messages=[{"role": "user", "content": [_image_block(png_bytes), {"type": "text", "text": "x"}]}],
    )
    return count.input_tokens <= budget


def name_layer(caption, model="gpt-4o-mini"):
    """Short layer name derived from the caption."""
    completion = get_openai_client().chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": prompts.LAYER_NAME_PROMPT.format(caption=caption)}],
        max_tokens=12,
        temperature=0.3,
    )
    name = (completion.choices[0].message.content or "").strip().strip('".')
    return name[:60] or "Caption"
