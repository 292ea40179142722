"""Factories for clients that don't fit the pool's one-per-process model.

* DeepSeek is OpenAI-compatible; we talk to it with the openai SDK.
* HF zero-shot needs a model-bound InferenceClient with a longer timeout.
"""
from __future__ import annotations

from typing import Optional

from huggingface_hub import InferenceClient
from openai import OpenAI

from newsenrich import config


def make_deepseek_client(secret_name: str = "deepseek-api-key", timeout: float = 90.0) -> OpenAI:
    # reasoner responses can take a while, hence the longer timeout
    return OpenAI(
        api_key=config.resolve_secret(secret_name),
        base_url=config.DEEPSEEK_BASE_URL,
        timeout=timeout,
        max_retries=2,
    )


def build_inference_client(
    token_secret: str = "hf-inference-token",
    provider: str = "hf-inference",
    model: Optional[str] = None,
) -> InferenceClient:
    """Client bound (optionally) to a default model.

    Separate from pool.get_hf() because zero-shot needs a model-bound client
    with a longer timeout -- bart-large-mnli cold starts are slow.
    """
    return InferenceClient(model=model, provider=provider, token=config.resolve_secret(token_secret), timeout=120)
