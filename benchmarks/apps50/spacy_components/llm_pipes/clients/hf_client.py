"""Hugging Face Inference (serverless / inference providers)."""
from __future__ import annotations

import os
from functools import lru_cache
from typing import Optional

from huggingface_hub import AsyncInferenceClient, InferenceClient

HF_DEFAULT_MODEL = "meta-llama/Llama-3.1-8B-Instruct"


@lru_cache(maxsize=16)
def get_hf_client(model: Optional[str] = None, provider: str = "hf-inference") -> InferenceClient:
    return InferenceClient(
        model=model or HF_DEFAULT_MODEL,
        provider=provider,
        token=os.environ.get("HF_TOKEN"),
        timeout=60,
    )


def get_async_hf_client(model: Optional[str] = None) -> AsyncInferenceClient:
    return AsyncInferenceClient(model=model or HF_DEFAULT_MODEL, token=os.environ.get("HF_TOKEN"))
