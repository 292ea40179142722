"""Shared plumbing for the LLM hooks.

Most of this was lifted out of the OpenAI hook when we added Anthropic; the
Cohere and Groq hooks were written later and only partially use it (see
TODO in ``hooks/cohere.py``).
"""
from __future__ import annotations

import json
import logging
from typing import Any

from airflow.exceptions import AirflowException
from airflow.hooks.base import BaseHook

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 120.0
DEFAULT_MAX_RETRIES = 3


class BaseLLMHook(BaseHook):
    """Common connection handling for API-key based LLM vendors.

    Subclasses set ``conn_name_attr``/``default_conn_name``/``conn_type`` and
    implement ``get_conn``.
    """

    conn_name_attr = "conn_id"
    default_conn_name = "acme_llm_default"
    conn_type = "acme_llm"
    hook_name = "Acme LLM"

    def __init__(self, conn_id: str | None = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.conn_id = conn_id or self.default_conn_name

    @classmethod
    def get_ui_field_behaviour(cls) -> dict[str, Any]:
        return {
            "hidden_fields": ["schema", "port", "login"],
            "relabeling": {"password": "API Key", "host": "Base URL"},
            "placeholders": {"extra": json.dumps({"timeout": 60, "organization": ""})},
        }

    @property
    def connection(self):
        # Not cached: Airflow already caches secrets backend lookups and we
        # want rotated keys to be picked up by long-running triggerers.
        return self.get_connection(self.conn_id)

    def _api_key(self) -> str:
        conn = self.connection
        key = conn.password or conn.extra_dejson.get("api_key")
        if not key:
            raise AirflowException(f"Connection {self.conn_id!r} has no API key configured")
        return key

    def _base_url(self) -> str | None:
        conn = self.connection
        return conn.host or conn.extra_dejson.get("base_url") or None

    def _timeout(self) -> float:
        return float(self.connection.extra_dejson.get("timeout", DEFAULT_TIMEOUT))

    def _max_retries(self) -> int:
        return int(self.connection.extra_dejson.get("max_retries", DEFAULT_MAX_RETRIES))

    def test_connection(self) -> tuple[bool, str]:
        try:
            self._api_key()
        except Exception as exc:  # noqa: BLE001
            return False, str(exc)
        return True, "API key present"
