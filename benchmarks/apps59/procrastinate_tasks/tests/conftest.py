from __future__ import annotations

import uuid

import pytest
from procrastinate import testing

from docproc.models import Document
from tasks.app import app
from tests.fakes import FakeAsyncAnthropic, FakeAsyncOpenAI, FakeRepo, FakeVoyage


@pytest.fixture
def in_memory_app():
    connector = testing.InMemoryConnector()
    with app.replace_connector(connector) as patched:
        yield patched


@pytest.fixture
def doc() -> Document:
    return Document(id=uuid.uuid4(), tenant_id="acme", title="Invoice 42", body="Invoice 42 from ACME. Total 100 EUR.")


@pytest.fixture
def fake_repo(doc, monkeypatch) -> FakeRepo:
    repo = FakeRepo({str(doc.id): doc})

    async def _get_repository():
        return repo

    for mod in ("tasks.summarize", "tasks.classify", "tasks.embed"):
        monkeypatch.setattr(f"{mod}.get_repository", _get_repository)
    return repo


@pytest.fixture
def fake_clients() -> dict[str, object]:
    return {
        "anthropic": FakeAsyncAnthropic(),
        "openai": FakeAsyncOpenAI(),
        "voyage": FakeVoyage(),
    }


class FakeContext:
    def __init__(self, additional_context: dict[str, object]) -> None:
        self.additional_context = additional_context
        self.job = type("J", (), {"task_name": "test", "id": 1, "attempts": 0})()


@pytest.fixture
def context(fake_clients) -> FakeContext:
    return FakeContext(fake_clients)
