"""Alt text for filer images via vision models."""
import base64
import logging
import mimetypes

from django.conf import settings

from ai.prompts import ALT_TEXT_PROMPT

logger = logging.getLogger(__name__)

MAX_ALT = 125


def _data_url(file_obj):
    mime = mimetypes.guess_type(file_obj.name)[0] or "image/jpeg"
    with file_obj.open("rb") as fh:
        encoded = base64.b64encode(fh.read()).decode("ascii")
    return mime, encoded, f"data:{mime};base64,{encoded}"


def _trim(text):
    text = (text or "").strip().strip('"')
    return text if len(text) <= MAX_ALT else text[: MAX_ALT - 1] + "…"


def describe_image(client, image, language="en"):
    """``client`` is an OpenAI client; ``image`` a filer Image."""
    _, _, url = _data_url(image.file)
    resp = client.chat.completions.create(
        model=settings.AI_MODELS["vision"],
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": f"{ALT_TEXT_PROMPT} Language: {language}."},
                    {"type": "image_url", "image_url": {"url": url, "detail": "low"}},
                ],
            }
        ],
        max_tokens=80,
    )
    return _trim(resp.choices[0].message.content)


def describe_image_url(client, public_url, language="en"):
    """Responses API variant for images already on the CDN."""
    response = client.responses.create(
        model="gpt-4.1-mini",
        input=[
            {
                "role": "user",
                "content": [
                    {"type": "input_text", "text": f"{ALT_TEXT_PROMPT} Language: {language}."},
                    {"type": "input_image", "image_url": public_url},
                ],
            }
        ],
        max_output_tokens=80,
    )
    return _trim(response.output_text)


def describe_image_claude(client, image):
    """Anthropic variant; better on diagrams and screenshots."""
    mime, encoded, _ = _data_url(image.file)
    message = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=100,
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "image", "source": {"type": "base64", "media_type": mime, "data": encoded}},
                    {"type": "text", "text": ALT_TEXT_PROMPT},
                ],
            }
        ],
    )
    return _trim(message.content[0].text)


def looks_like_screenshot(image):
    return bool(image.original_filename and "screenshot" in image.original_filename.lower())
