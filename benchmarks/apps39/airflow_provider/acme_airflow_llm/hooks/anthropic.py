"""Anthropic hook."""
from __future__ import annotations

from functools import cached_property
from typing import Any

import anthropic
from anthropic import Anthropic, AsyncAnthropic

from acme_airflow_llm.hooks.base_llm import BaseLLMHook

DEFAULT_MODEL = "claude-sonnet-4-5"


class AnthropicHook(BaseLLMHook):
    default_conn_name = "acme_anthropic_default"
    conn_type = "acme_anthropic"
    hook_name = "Acme Anthropic"

    def __init__(self, conn_id: str = default_conn_name, **kwargs: Any) -> None:
        super().__init__(conn_id=conn_id, **kwargs)

    @cached_property
    def client(self) -> Anthropic:
        return Anthropic(
            api_key=self._api_key(),
            base_url=self._base_url(),
            timeout=self._timeout(),
            max_retries=self._max_retries(),
        )

    def get_conn(self) -> Anthropic:
        return self.client

    def get_async_conn(self) -> AsyncAnthropic:
        # Triggers run in the triggerer's event loop; never share a client
        # between loops, so this is deliberately not cached.
        return anthropic.AsyncAnthropic(api_key=self._api_key(), base_url=self._base_url())

    def count_tokens(self, messages: list[dict[str, Any]], model: str = DEFAULT_MODEL, system: str | None = None) -> int:
        kwargs: dict[str, Any] = {"model": model, "messages": messages}
        if system:
            kwargs["system"] = system
        return self.client.messages.count_tokens(**kwargs).input_tokens

    def test_connection(self) -> tuple[bool, str]:
        try:
            self.client.models.list(limit=1)
        except anthropic.APIError as exc:
            return False, str(exc)
        return True, "Connection established"
