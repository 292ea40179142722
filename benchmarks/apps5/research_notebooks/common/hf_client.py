"""Hugging Face Inference Providers helpers."""
import os
from functools import lru_cache

from huggingface_hub import InferenceClient

CAPTION_MODEL = "Salesforce/blip-image-captioning-large"


@lru_cache(maxsize=None)
def get_inference_client(provider="hf-inference"):
    # HF_TOKEN needs the "Make calls to Inference Providers" scope
    return InferenceClient(provider=provider, api_key=os.environ.get("HF_TOKEN"), timeout=60)


def caption_image(path, model=CAPTION_MODEL):
    """Caption a screenshot attached to a ticket."""
    result = get_inference_client().image_to_text(str(path), model=model)
    return result.generated_text
