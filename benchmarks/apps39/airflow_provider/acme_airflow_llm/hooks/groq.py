"""Groq hook (groq SDK, not the OpenAI-compatible endpoint)."""
from __future__ import annotations

from functools import cached_property
from typing import Any

from groq import AsyncGroq, Groq

from acme_airflow_llm.hooks.base_llm import BaseLLMHook


class GroqHook(BaseLLMHook):
    default_conn_name = "acme_groq_default"
    conn_type = "acme_groq"
    hook_name = "Acme Groq"

    def __init__(self, conn_id: str = default_conn_name, **kwargs: Any) -> None:
        super().__init__(conn_id=conn_id, **kwargs)

    @cached_property
    def client(self) -> Groq:
        return Groq(api_key=self._api_key(), base_url=self._base_url(), timeout=self._timeout())

    def get_conn(self) -> Groq:
        return self.client

    def get_async_conn(self) -> AsyncGroq:
        return AsyncGroq(api_key=self._api_key(), base_url=self._base_url(), timeout=self._timeout())

    def transcribe(self, path: str, model: str = "whisper-large-v3-turbo") -> str:
        with open(path, "rb") as fh:
            result = self.client.audio.transcriptions.create(file=(path, fh.read()), model=model)
        return result.text
