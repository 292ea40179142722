"""Image generation for the marketing tooling. Returns S3 keys."""
import base64
import uuid

import boto3

from chalicelib.clients import get_openai_client
from chalicelib.config import settings
from chalicelib.providers import get_provider

_s3 = boto3.client("s3")


def _store(png: bytes, prefix: str = "images") -> str:
    key = f"{prefix}/{uuid.uuid4().hex}.png"
    _s3.put_object(Bucket=settings.documents_bucket, Key=key, Body=png, ContentType="image/png")
    return key


def generate_image(prompt: str, quality: str = "draft") -> str:
    if quality == "draft":
        png = get_provider("together").generate_image(prompt)
        return _store(png)
    openai_client = get_openai_client()
    resp = openai_client.images.generate(
        model="dall-e-3",
        prompt=prompt,
        size="1024x1024",
        quality="hd",
        response_format="b64_json",
        n=1,
    )
    return _store(base64.b64decode(resp.data[0].b64_json))
