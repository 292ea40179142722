"""OpenAI and Azure OpenAI hooks."""
from __future__ import annotations

from functools import cached_property
from typing import Any, Sequence

from openai import AsyncOpenAI, AzureOpenAI, OpenAI

from acme_airflow_llm.hooks.base_llm import BaseLLMHook


class OpenAIHook(BaseLLMHook):
    """Interact with the OpenAI API.

    Connection extras:
      * ``organization`` -- optional org id
      * ``project`` -- optional project id
      * ``base_url`` -- override for proxies (falls back to the connection host)
    """

    conn_name_attr = "conn_id"
    default_conn_name = "acme_openai_default"
    conn_type = "acme_openai"
    hook_name = "Acme OpenAI"

    def __init__(self, conn_id: str = default_conn_name, **kwargs: Any) -> None:
        super().__init__(conn_id=conn_id, **kwargs)

    @cached_property
    def conn(self) -> OpenAI:
        extras = self.connection.extra_dejson
        return OpenAI(
            api_key=self._api_key(),
            base_url=self._base_url(),
            organization=extras.get("organization"),
            project=extras.get("project"),
            timeout=self._timeout(),
            max_retries=self._max_retries(),
        )

    def get_conn(self) -> OpenAI:
        return self.conn

    @cached_property
    def async_conn(self) -> AsyncOpenAI:
        extras = self.connection.extra_dejson
        return AsyncOpenAI(
            api_key=self._api_key(),
            base_url=self._base_url(),
            organization=extras.get("organization"),
            timeout=self._timeout(),
        )

    def get_async_conn(self) -> AsyncOpenAI:
        return self.async_conn

    # ------------------------------------------------------------------ #
    # Convenience wrappers used by the operators
    # ------------------------------------------------------------------ #
    def create_chat_completion(
        self,
        messages: list[dict[str, Any]],
        model: str = "gpt-4o-mini",
        **kwargs: Any,
    ) -> Any:
        response = self.conn.chat.completions.create(model=model, messages=messages, **kwargs)
        return response.choices

    def create_embeddings(
        self,
        text: str | Sequence[str],
        model: str = "text-embedding-3-small",
        **kwargs: Any,
    ) -> list[list[float]]:
        response = self.conn.embeddings.create(model=model, input=text, **kwargs)
        return [item.embedding for item in response.data]

    def moderate(self, text: str) -> bool:
        result = self.conn.moderations.create(model="omni-moderation-latest", input=text)
        return any(r.flagged for r in result.results)

    def upload_file(self, file: str, purpose: str = "batch") -> str:
        with open(file, "rb") as fh:
            uploaded = self.conn.files.create(file=fh, purpose=purpose)
        return uploaded.id

    def get_batch(self, batch_id: str) -> Any:
        return self.conn.batches.retrieve(batch_id)

    def list_models(self) -> list[str]:
        return [m.id for m in self.conn.models.list()]

    def test_connection(self) -> tuple[bool, str]:
        try:
            self.conn.models.list()
        except Exception as exc:  # noqa: BLE001
            return False, str(exc)
        return True, "Connection established"


class AzureOpenAIHook(OpenAIHook):
    """Azure OpenAI. ``host`` is the resource endpoint, extras carry ``api_version``.

    Deployments are addressed by the ``model`` argument, as usual for Azure.
    """

    default_conn_name = "acme_azure_openai_default"
    conn_type = "acme_azure_openai"
    hook_name = "Acme Azure OpenAI"

    DEFAULT_API_VERSION = "2024-10-21"

    def __init__(self, conn_id: str = default_conn_name, **kwargs: Any) -> None:
        super().__init__(conn_id=conn_id, **kwargs)

    @cached_property
    def conn(self) -> AzureOpenAI:  # type: ignore[override]
        conn = self.connection
        extras = conn.extra_dejson
        return AzureOpenAI(
            api_key=self._api_key(),
            azure_endpoint=conn.host or extras["azure_endpoint"],
            api_version=extras.get("api_version", self.DEFAULT_API_VERSION),
            timeout=self._timeout(),
            max_retries=self._max_retries(),
        )

    def get_conn(self) -> AzureOpenAI:  # type: ignore[override]
        return self.conn
