"""Cohere operators used by the search-relevance team."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from airflow.models import BaseOperator

from acme_airflow_llm.hooks.cohere import CohereHook

if TYPE_CHECKING:
    from airflow.utils.context import Context


class CohereEmbeddingOperator(BaseOperator):
    template_fields: Sequence[str] = ("input_text",)

    def __init__(self, *, input_text: list[str], model: str = "embed-english-v3.0", input_type: str = "search_document", conn_id: str = CohereHook.default_conn_name, **kwargs: Any):
        super().__init__(**kwargs)
        self.input_text = input_text
        self.model = model
        self.input_type = input_type
        self.conn_id = conn_id

    def execute(self, context: Context) -> list[list[float]]:
        return CohereHook(conn_id=self.conn_id).embed(self.input_text, model=self.model, input_type=self.input_type)


class CohereRerankOperator(BaseOperator):
    template_fields: Sequence[str] = ("query", "documents")

    def __init__(self, *, query: str, documents: list[str], top_n: int = 5, model: str = "rerank-v3.5", conn_id: str = CohereHook.default_conn_name, **kwargs: Any):
        super().__init__(**kwargs)
        self.query = query
        self.documents = documents
        self.top_n = top_n
        self.model = model
        self.conn_id = conn_id

    def execute(self, context: Context) -> list[dict[str, Any]]:
        co = CohereHook(conn_id=self.conn_id).get_conn()
        response = co.rerank(model=self.model, query=self.query, documents=self.documents, top_n=self.top_n)
        return [{"index": r.index, "score": r.relevance_score, "text": self.documents[r.index]} for r in response.results]


class CohereChatOperator(BaseOperator):
    template_fields: Sequence[str] = ("message", "preamble")

    def __init__(self, *, message: str, preamble: str | None = None, model: str = "command-r-plus-08-2024", conn_id: str = CohereHook.default_conn_name, **kwargs: Any):
        super().__init__(**kwargs)
        self.message = message
        self.preamble = preamble
        self.model = model
        self.conn_id = conn_id

    def execute(self, context: Context) -> str:
        hook = CohereHook(conn_id=self.conn_id)
        messages = []
        if self.preamble:
            messages.append({"role": "system", "content": self.preamble})
        messages.append({"role": "user", "content": self.message})
        text_parts: list[str] = []
        for event in hook.client.chat_stream(model=self.model, messages=messages):
            if event.type == "content-delta":
                text_parts.append(event.delta.message.content.text)
        return "".join(text_parts)
