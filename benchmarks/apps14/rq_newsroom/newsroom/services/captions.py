"""Draft captions and alt text for photos in the media library."""
import base64
import json
import logging

from flask import current_app
from huggingface_hub import InferenceClient

from newsroom.ai.prompts import CAPTION_PROMPT
from newsroom.services import AIServiceError
from newsroom.utils.storage import presigned_url, read_object

log = logging.getLogger(__name__)


def _parse(text):
    text = text.strip()
    start, end = text.find("{"), text.rfind("}")
    if start == -1 or end == -1:
        raise AIServiceError("caption reply had no JSON object")
    data = json.loads(text[start : end + 1])
    return {"caption": data.get("caption", "").strip(), "alt_text": data.get("alt_text", "").strip()}


def caption_with_openai(asset):
    ai = current_app.extensions["ai"]
    url = presigned_url(asset.s3_key, expires=600)
    completion = ai.openai.chat.completions.create(
        model=current_app.config["OPENAI_VISION_MODEL"],
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": CAPTION_PROMPT},
                    {"type": "image_url", "image_url": {"url": url, "detail": "low"}},
                ],
            }
        ],
        max_tokens=300,
    )
    return _parse(completion.choices[0].message.content)


def caption_with_bedrock(asset):
    """Claude on Bedrock; used for agency pictures that must not leave our AWS account."""
    runtime = current_app.extensions["ai"].bedrock
    image_bytes = read_object(asset.s3_key)
    media_type = asset.content_type or "image/jpeg"
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 400,
        "messages": [
            {
                "role": "user",
                "content": [
                    {
                        "type": "image",
                        "source": {
                            "type": "base64",
                            "media_type": media_type,
                            "data": base64.b64encode(image_bytes).decode("ascii"),
                        },
                    },
                    {"type": "text", "text": CAPTION_PROMPT},
                ],
            }
        ],
    }
    resp = runtime.invoke_model(
        modelId=current_app.config["BEDROCK_CAPTION_MODEL"],
        contentType="application/json",
        accept="application/json",
        body=json.dumps(body),
    )
    payload = json.loads(resp["body"].read())
    text = "".join(part.get("text", "") for part in payload.get("content", []))
    return _parse(text)


def quick_caption(asset):
    """Rough one-line description used to pre-fill search keywords on upload."""
    model = current_app.config["HF_CAPTION_MODEL"]
    hf = InferenceClient(model=model, token=current_app.config["HF_TOKEN"], timeout=20)
    result = hf.image_to_text(read_object(asset.s3_key))
    return (result.generated_text or "").strip()


def draft_caption(asset):
    source = (asset.credit or "").lower()
    if any(agency in source for agency in ("reuters", "ap", "afp", "getty")):
        return caption_with_bedrock(asset)
    return caption_with_openai(asset)
