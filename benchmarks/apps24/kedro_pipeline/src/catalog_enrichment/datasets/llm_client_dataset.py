"""A read-only dataset whose ``load()`` returns a configured LLM client.

Lets a node declare ``inputs=["products", "openai_client"]`` and keeps credentials out of
the node code. Superseded by the ``llm_clients`` entry the hooks add, but the
attribute/description nodes still use it.
"""
from __future__ import annotations

from typing import Any

import anthropic
from huggingface_hub import InferenceClient
from kedro.io import AbstractDataset, DatasetError
from mistralai import Mistral
from openai import AzureOpenAI, OpenAI
from together import Together


class LLMClientDataset(AbstractDataset[None, Any]):
    def __init__(
        self,
        provider: str,
        credentials: dict[str, Any] | None = None,
        client_kwargs: dict[str, Any] | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> None:
        self._provider = provider.lower()
        self._credentials = dict(credentials or {})
        self._client_kwargs = dict(client_kwargs or {})
        self.metadata = metadata
        self._client: Any = None

    def _build(self) -> Any:
        creds = {**self._credentials, **self._client_kwargs}
        if self._provider == "openai":
            return OpenAI(**creds)
        if self._provider == "azure_openai":
            return AzureOpenAI(
                azure_endpoint=creds.pop("endpoint"),
                api_version=creds.pop("api_version", "2024-08-01-preview"),
                **creds,
            )
        if self._provider == "anthropic":
            return anthropic.Anthropic(**creds)
        if self._provider == "mistral":
            return Mistral(**creds)
        if self._provider == "together":
            return Together(**creds)
        if self._provider == "huggingface":
            return InferenceClient(**creds)
        raise DatasetError(f"LLMClientDataset: unsupported provider {self._provider!r}")

    def load(self) -> Any:
        if self._client is None:
            self._client = self._build()
        return self._client

    def save(self, data: None) -> None:
        raise DatasetError("LLMClientDataset is read-only")

    def _describe(self) -> dict[str, Any]:
        return {"provider": self._provider, "client_kwargs": sorted(self._client_kwargs)}

    def _exists(self) -> bool:
        return True
