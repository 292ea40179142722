"""OpenAI, Azure OpenAI and OpenAI-compatible (Fireworks) client construction."""
from __future__ import annotations

import logging
from functools import lru_cache

from openai import AsyncAzureOpenAI, AzureOpenAI, OpenAI

from docai_models.config import (
    DEFAULT_AZURE_API_VERSION,
    FIREWORKS_BASE_URL,
    ProviderSettings,
    resolve_api_key,
)

log = logging.getLogger(__name__)


def build_openai_client(settings: ProviderSettings) -> OpenAI:
    """Azure if an endpoint is configured, otherwise api.openai.com."""
    if settings.endpoint and "azure" in settings.endpoint:
        log.info("using Azure OpenAI endpoint %s", settings.endpoint)
        return AzureOpenAI(
            azure_endpoint=settings.endpoint,
            api_key=resolve_api_key("azure_openai", settings.api_key),
            api_version=settings.api_version or DEFAULT_AZURE_API_VERSION,
            timeout=settings.timeout,
            max_retries=settings.max_retries,
        )
    return OpenAI(
        api_key=resolve_api_key("openai", settings.api_key),
        timeout=settings.timeout,
        max_retries=settings.max_retries,
    )


def build_async_azure_client(settings: ProviderSettings) -> AsyncAzureOpenAI:
    return AsyncAzureOpenAI(
        azure_endpoint=settings.endpoint,
        api_key=resolve_api_key("azure_openai", settings.api_key),
        api_version=settings.api_version or DEFAULT_AZURE_API_VERSION,
    )


@lru_cache(maxsize=1)
def get_default_openai() -> OpenAI:
    """Process-wide client for scripts and notebooks."""
    return OpenAI(api_key=resolve_api_key("openai"))


def moderate(client: OpenAI, text: str) -> bool:
    """True if the text is flagged. Used before we echo claimant free text back."""
    result = client.moderations.create(model="omni-moderation-latest", input=text)
    return bool(result.results and result.results[0].flagged)


# --- Fireworks-hosted open models through the OpenAI SDK ---
LLAMA_70B = "accounts/fireworks/models/llama-v3p1-70b-instruct"
QWEN_72B = "accounts/fireworks/models/qwen2p5-72b-instruct"


class FireworksClientFactory:
    """Kept as a class because the summariser swaps base_url for the on-demand deployment."""

    def __init__(self, settings: ProviderSettings):
        self.settings = settings

    def create(self) -> OpenAI:
        return OpenAI(
            base_url=self.settings.endpoint or FIREWORKS_BASE_URL,
            api_key=resolve_api_key("fireworks", self.settings.api_key),
            timeout=self.settings.timeout,
        )
