"""Client construction for every provider we support.

Clients are expensive-ish to build (httpx pools, gRPC channels), so they are cached per
(provider, key, endpoint) in a registry kept in ``hass.data``.  Integrations ask the registry
(or the module-level getters) for a client in ``async_setup_entry`` and store it on the entry.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import lru_cache
import logging
from typing import Any

from anthropic import AsyncAnthropic
from google import genai
from mistralai import Mistral
import ollama
from openai import AsyncAzureOpenAI, AsyncOpenAI, OpenAI
from xai_sdk import AsyncClient as XaiAsyncClient

from homeassistant.core import HomeAssistant
from homeassistant.helpers.httpx_client import get_async_client

from .const import (
    AZURE_API_VERSION,
    DEFAULT_OLLAMA_HOST,
    DEFAULT_TIMEOUT,
    DOMAIN,
    XAI_BASE_URL,
    XAI_GRPC_HOST,
)

_LOGGER = logging.getLogger(__name__)


class ClientRegistry:
    """Cache of SDK clients keyed by provider + credentials."""

    def __init__(self, hass: HomeAssistant) -> None:
        self.hass = hass
        self._clients: dict[Hashable, Any] = {}

    def _get_or_create(self, key: Hashable, factory: Callable[[], Any]) -> Any:
        if key not in self._clients:
            _LOGGER.debug("Creating client for %s", key[0] if isinstance(key, tuple) else key)
            self._clients[key] = factory()
        return self._clients[key]

    def openai(self, api_key: str, base_url: str | None = None) -> AsyncOpenAI:
        return self._get_or_create(
            ("openai", api_key, base_url),
            lambda: get_openai_client(self.hass, api_key, base_url),
        )

    def azure(self, api_key: str, endpoint: str, api_version: str = AZURE_API_VERSION) -> AsyncAzureOpenAI:
        return self._get_or_create(
            ("azure", api_key, endpoint, api_version),
            lambda: get_azure_client(self.hass, api_key, endpoint, api_version),
        )

    def anthropic(self, api_key: str) -> AsyncAnthropic:
        return self._get_or_create(
            ("anthropic", api_key), lambda: get_anthropic_client(self.hass, api_key)
        )

    def google(self, api_key: str) -> genai.Client:
        return self._get_or_create(("google", api_key), lambda: get_genai_client(api_key))

    def ollama(self, host: str = DEFAULT_OLLAMA_HOST) -> ollama.AsyncClient:
        return self._get_or_create(("ollama", host), lambda: get_ollama_client(host))

    def mistral(self, api_key: str) -> Mistral:
        return self._get_or_create(("mistral", api_key), lambda: get_mistral_client(api_key))

    def xai(self, api_key: str) -> XaiAsyncClient:
        return self._get_or_create(("xai", api_key), lambda: get_xai_client(api_key))

    def xai_openai(self, api_key: str) -> AsyncOpenAI:
        return self._get_or_create(
            ("xai_openai", api_key), lambda: get_xai_openai_client(self.hass, api_key)
        )

    async def async_close(self) -> None:
        for client in self._clients.values():
            close = getattr(client, "close", None)
            if close is None:
                continue
            result = close()
            if hasattr(result, "__await__"):
                await result
        self._clients.clear()


async def async_get_registry(hass: HomeAssistant) -> ClientRegistry:
    """Return the shared registry, creating it on first use."""
    if (registry := hass.data.get(DOMAIN)) is None:
        registry = hass.data[DOMAIN] = ClientRegistry(hass)
    return registry


def get_openai_client(hass: HomeAssistant, api_key: str, base_url: str | None = None) -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key=api_key,
        base_url=base_url,
        http_client=get_async_client(hass),
        timeout=DEFAULT_TIMEOUT,
    )


def get_azure_client(
    hass: HomeAssistant, api_key: str, endpoint: str, api_version: str = AZURE_API_VERSION
) -> AsyncAzureOpenAI:
    return AsyncAzureOpenAI(
        api_key=api_key,
        azure_endpoint=endpoint,
        api_version=api_version,
        http_client=get_async_client(hass),
    )


def get_anthropic_client(hass: HomeAssistant, api_key: str) -> AsyncAnthropic:
    return AsyncAnthropic(api_key=api_key, http_client=get_async_client(hass))


def get_genai_client(api_key: str) -> genai.Client:
    # google-genai creates its own httpx clients; nothing to share with HA here
    return genai.Client(api_key=api_key)


def get_ollama_client(host: str = DEFAULT_OLLAMA_HOST) -> ollama.AsyncClient:
    return ollama.AsyncClient(host=host, timeout=DEFAULT_TIMEOUT)


def get_mistral_client(api_key: str) -> Mistral:
    return Mistral(api_key=api_key, timeout_ms=int(DEFAULT_TIMEOUT * 1000))


def get_xai_client(api_key: str) -> XaiAsyncClient:
    return XaiAsyncClient(api_key=api_key, api_host=XAI_GRPC_HOST, timeout=DEFAULT_TIMEOUT)


def get_xai_openai_client(hass: HomeAssistant, api_key: str) -> AsyncOpenAI:
    """xAI also speaks the OpenAI wire protocol; used where we don't want gRPC."""
    return AsyncOpenAI(api_key=api_key, base_url=XAI_BASE_URL, http_client=get_async_client(hass))


@lru_cache(maxsize=4)
def get_sync_openai_client(api_key: str) -> OpenAI:
    """Blocking client, only for code that already runs in the executor."""
    return OpenAI(api_key=api_key, max_retries=2)
