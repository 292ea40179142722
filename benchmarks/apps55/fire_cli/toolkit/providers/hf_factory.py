"""Hugging Face Inference client construction."""
from __future__ import annotations

from functools import lru_cache

from huggingface_hub import AsyncInferenceClient, InferenceClient

from toolkit.config import ToolkitConfig

DEFAULT_HF_MODEL = "meta-llama/Meta-Llama-3.1-8B-Instruct"


@lru_cache(maxsize=8)
def get_hf_client(token: str | None, model: str | None = None, endpoint: str | None = None) -> InferenceClient:
    if endpoint:
        # Dedicated Inference Endpoint: the URL already encodes the model.
        return InferenceClient(base_url=endpoint, token=token, timeout=120)
    return InferenceClient(model=model or DEFAULT_HF_MODEL, token=token, timeout=120)


def make_async_hf_client(config: ToolkitConfig, model: str | None = None) -> AsyncInferenceClient:
    return AsyncInferenceClient(model=model or DEFAULT_HF_MODEL, token=config.hf_token)
