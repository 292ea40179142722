"""Hugging Face Inference Providers."""
from __future__ import annotations

from functools import lru_cache

from huggingface_hub import AsyncInferenceClient, InferenceClient

from lib.blocks import load_secret
from lib.settings import settings

# Bill usage to the org, not to whoever's token ended up in the block.
BILL_TO = "marketplace-data"


@lru_cache(maxsize=1)
def get_hf_client() -> InferenceClient:
    return InferenceClient(
        provider=settings.hf_provider,
        token=load_secret("hf-token"),
        bill_to=BILL_TO,
        timeout=90,
    )


def get_async_hf_client() -> AsyncInferenceClient:
    # not cached: AsyncInferenceClient holds an aiohttp session bound to the running loop
    return AsyncInferenceClient(
        provider=settings.hf_provider,
        token=load_secret("hf-token"),
        bill_to=BILL_TO,
        timeout=90,
    )
