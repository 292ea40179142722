"""Build providers and raw clients from settings."""
from __future__ import annotations

import os
from typing import Optional

from openai import OpenAI

from gateway.config import Settings, get_settings
from gateway.providers import get_provider
from gateway.providers.base import BaseProvider

# Vendors we reach with the OpenAI SDK. ``None`` means the SDK default host.
VENDOR_BASE_URLS = {
    "openai": None,
    "xai": "https://api.x.ai/v1",
    "deepseek": "https://api.deepseek.com",
}

_KEY_ENV = {"openai": "OPENAI_API_KEY", "xai": "XAI_API_KEY", "deepseek": "DEEPSEEK_API_KEY"}


def openai_compatible_client(vendor: str, *, timeout: Optional[float] = None) -> OpenAI:
    if vendor not in VENDOR_BASE_URLS:
        raise ValueError(f"{vendor} is not an OpenAI-compatible vendor")
    return OpenAI(
        api_key=os.environ.get(_KEY_ENV[vendor]),
        base_url=VENDOR_BASE_URLS[vendor],
        timeout=timeout or get_settings().request_timeout_s,
    )


def build_default_provider(settings: Optional[Settings] = None) -> BaseProvider:
    settings = settings or get_settings()
    return get_provider(settings.default_provider)


def provider_for(name: Optional[str], settings: Optional[Settings] = None) -> BaseProvider:
    """Resolve the provider named in a request, falling back to the configured default."""
    if not name:
        return build_default_provider(settings)
    return get_provider(name.lower().strip())
