"""Fakes for provider clients. Nothing in the test suite talks to a real API."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any
from unittest import mock

import pytest

from docintel.config import Settings
from docintel.services.repository import Document


# --- OpenAI-shaped fake --------------------------------------------------

class FakeChatCompletions:
    def __init__(self, replies: list[str]) -> None:
        self.replies = list(replies)
        self.calls: list[dict] = []

    async def create(self, **kwargs: Any):
        self.calls.append(kwargs)
        content = self.replies.pop(0) if self.replies else "{}"
        return SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(content=content, parsed=None))],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
        )

    async def parse(self, **kwargs: Any):
        self.calls.append(kwargs)
        model_cls = kwargs["response_format"]
        payload = json.loads(self.replies.pop(0))
        return SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(parsed=model_cls(**payload)))]
        )


class FakeOpenAI:
    def __init__(self, replies: list[str] | None = None) -> None:
        self.chat = SimpleNamespace(completions=FakeChatCompletions(replies or []))
        self.moderations = SimpleNamespace(create=mock.AsyncMock(
            return_value=SimpleNamespace(results=[SimpleNamespace(flagged=False)])
        ))


# --- Anthropic-shaped fake -----------------------------------------------

@dataclass
class FakeMessages:
    tool_input: dict = field(default_factory=dict)
    text: str = ""
    calls: list = field(default_factory=list)

    async def create(self, **kwargs: Any):
        self.calls.append(kwargs)
        blocks = []
        if self.tool_input:
            blocks.append(SimpleNamespace(type="tool_use", input=self.tool_input))
        if self.text:
            blocks.append(SimpleNamespace(type="text", text=self.text))
        return SimpleNamespace(
            content=blocks,
            stop_reason="tool_use" if self.tool_input else "end_turn",
            usage=SimpleNamespace(input_tokens=100, output_tokens=20),
        )


class FakeAnthropic:
    def __init__(self, **kwargs: Any) -> None:
        self.messages = FakeMessages(**kwargs)


# --- Voyage / Cohere fakes -----------------------------------------------

class FakeVoyage:
    def __init__(self, dim: int = 4, fail: bool = False) -> None:
        self.dim = dim
        self.fail = fail
        self.embed_calls = 0

    async def embed(self, texts, model=None, input_type=None, truncation=True):
        self.embed_calls += 1
        if self.fail:
            raise RuntimeError("voyage down")
        return SimpleNamespace(
            embeddings=[[float(len(t))] * self.dim for t in texts], total_tokens=sum(map(len, texts))
        )


class FakeCohere:
    async def embed(self, *, texts, model, input_type, embedding_types):
        return SimpleNamespace(embeddings=SimpleNamespace(float_=[[0.5] * 4 for _ in texts]))

    async def rerank(self, *, model, query, documents, top_n):
        order = sorted(range(len(documents)), key=lambda i: -len(documents[i]))[:top_n]
        return SimpleNamespace(
            results=[SimpleNamespace(index=i, relevance_score=1.0 / (r + 1)) for r, i in enumerate(order)]
        )


# --- repo / ctx ----------------------------------------------------------

class FakeRepo:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.saved: dict[str, Any] = {}
        self.pool = mock.AsyncMock()

    async def get(self, doc_id: str) -> Document:
        return self.doc

    async def set_status(self, doc_id, status, error=None):
        self.saved["status"] = status

    async def save_classification(self, doc_id, doc_type, language, pii):
        self.saved["classification"] = (doc_type, language, pii)

    async def save_fields(self, doc_id, fields, model):
        self.saved["fields"] = fields

    async def save_chunks(self, doc_id, chunks, vectors, model):
        self.saved["chunks"] = (len(chunks), model)


@pytest.fixture
def invoice_doc() -> Document:
    return Document(
        id="doc_1", tenant_id="acme", filename="inv.pdf", mime_type="application/pdf",
        status="indexed", doc_type="invoice", text="INVOICE 2024-117\nTotal: 1,200.00 EUR",
        pages=["INVOICE 2024-117\nTotal: 1,200.00 EUR"],
    )


@pytest.fixture
def ctx(invoice_doc) -> dict:
    return {
        "settings": Settings(),
        "repo": FakeRepo(invoice_doc),
        "redis": mock.AsyncMock(),
        "job_try": 1,
        "openai": FakeOpenAI(),
        "anthropic": FakeAnthropic(),
    }
