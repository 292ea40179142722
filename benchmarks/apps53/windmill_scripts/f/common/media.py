"""Replicate helpers for image / OCR models."""
import functools

import replicate
import wmill

OCR_MODEL = "abiruyt/text-extract-ocr:a524caeaa23495bc9edc805ab08ab5fe943afd3febed884a4f3747aa32e9cd61"
COVER_MODEL = "black-forest-labs/flux-schnell"
UPSCALE_MODEL = "nightmareai/real-esrgan"


@functools.lru_cache(maxsize=1)
def replicate_client() -> replicate.Client:
    token = wmill.get_resource("f/llm/replicate_token")["api_token"]
    return replicate.Client(api_token=token, timeout=300)


def latest_version(client: replicate.Client, model: str) -> str:
    # metadata lookup only, no prediction is created
    return client.models.get(model).latest_version.id
