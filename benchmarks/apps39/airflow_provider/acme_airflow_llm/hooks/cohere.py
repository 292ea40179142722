"""Cohere hook (v2 API).

TODO(mhaas): move onto BaseLLMHook like the others once the v1 callers in
``operators/legacy.py`` are gone.
"""
from __future__ import annotations

from functools import cached_property
from typing import Any

import cohere
from airflow.hooks.base import BaseHook


class CohereHook(BaseHook):
    conn_name_attr = "conn_id"
    default_conn_name = "acme_cohere_default"
    conn_type = "acme_cohere"
    hook_name = "Acme Cohere"

    def __init__(self, conn_id: str = default_conn_name, timeout: float | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.conn_id = conn_id
        self.timeout = timeout

    @cached_property
    def client(self) -> cohere.ClientV2:
        conn = self.get_connection(self.conn_id)
        base_url = conn.host or conn.extra_dejson.get("base_url") or "https://api.cohere.com"
        return cohere.ClientV2(api_key=conn.password, base_url=base_url, timeout=self.timeout)

    @cached_property
    def legacy_client(self) -> cohere.Client:
        conn = self.get_connection(self.conn_id)
        return cohere.Client(api_key=conn.password, timeout=self.timeout)

    def get_conn(self) -> cohere.ClientV2:
        return self.client

    def embed(self, texts: list[str], model: str = "embed-english-v3.0", input_type: str = "search_document") -> list[list[float]]:
        response = self.client.embed(
            texts=texts,
            model=model,
            input_type=input_type,
            embedding_types=["float"],
        )
        return response.embeddings.float_

    def tokenize(self, text: str, model: str = "command-r-plus-08-2024") -> list[int]:
        return self.client.tokenize(text=text, model=model).tokens

    def test_connection(self) -> tuple[bool, str]:
        try:
            self.client.check_api_key()
        except Exception as exc:  # noqa: BLE001
            return False, str(exc)
        return True, "API key valid"
