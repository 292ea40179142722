"""Lazy client provider.

Replacement for the import-time singletons in ``llm.clients``: clients are only
built the first time an action asks for them, so the action server boots even
when one vendor key is missing, and tests can swap a client with
``provider.override("anthropic", fake)``.
"""
from __future__ import annotations

import logging
import threading
from typing import Any, Dict, Optional

from anthropic import Anthropic, AsyncAnthropic
from huggingface_hub import AsyncInferenceClient, InferenceClient
from openai import OpenAI

from llm.config import LLMSettings, get_settings

logger = logging.getLogger(__name__)

GROQ_BASE_URL = "https://api.groq.com/openai/v1"


class ClientProvider:
    """Builds SDK clients on first use and keeps them for the process lifetime."""

    def __init__(self, settings: Optional[LLMSettings] = None) -> None:
        self._settings = settings or get_settings()
        self._clients: Dict[str, Any] = {}
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ utils
    def _get_or_build(self, key: str, factory) -> Any:
        client = self._clients.get(key)
        if client is not None:
            return client
        with self._lock:
            if key not in self._clients:
                logger.debug("building %s client", key)
                self._clients[key] = factory()
            return self._clients[key]

    def override(self, key: str, client: Any) -> None:
        """Used by tests and by the eval scripts."""
        self._clients[key] = client

    def reset(self) -> None:
        self._clients.clear()

    # ---------------------------------------------------------------- clients
    @property
    def openai(self) -> OpenAI:
        return self._get_or_build(
            "openai",
            lambda: OpenAI(
                api_key=self._settings.openai_api_key,
                timeout=self._settings.request_timeout,
                max_retries=self._settings.max_retries,
            ),
        )

    @property
    def groq(self) -> OpenAI:
        # Groq speaks the OpenAI protocol; we only use it for cheap rephrasing
        return self._get_or_build(
            "groq",
            lambda: OpenAI(
                api_key=self._settings.groq_api_key,
                base_url=GROQ_BASE_URL,
                timeout=self._settings.request_timeout,
            ),
        )

    @property
    def anthropic(self) -> Anthropic:
        return self._get_or_build(
            "anthropic",
            lambda: Anthropic(
                api_key=self._settings.anthropic_api_key,
                timeout=self._settings.request_timeout,
                max_retries=self._settings.max_retries,
            ),
        )

    def async_anthropic(self) -> AsyncAnthropic:
        return self._get_or_build(
            "async_anthropic",
            lambda: AsyncAnthropic(api_key=self._settings.anthropic_api_key),
        )

    @property
    def hf(self) -> InferenceClient:
        return self._get_or_build(
            "hf",
            lambda: InferenceClient(
                model=self._settings.model_for("huggingface"),
                token=self._settings.hf_token,
                timeout=self._settings.request_timeout,
            ),
        )

    def hf_async(self) -> AsyncInferenceClient:
        return self._get_or_build(
            "hf_async",
            lambda: AsyncInferenceClient(
                model=self._settings.model_for("huggingface"),
                token=self._settings.hf_token,
            ),
        )

    def model(self, key: str) -> str:
        return self._settings.model_for(key)


provider = ClientProvider()
