from __future__ import annotations

from unittest import mock

import pytest

from hrassist.store import Store
from hrassist.worker import Worker, chunk_text
from tests.fakes import FakeAnthropic, FakeFactory


def test_chunk_text_overlaps():
    chunks = chunk_text("x" * 3000, size=1000, overlap=100)
    assert len(chunks) == 4
    assert all(len(c) <= 1000 for c in chunks)


@pytest.fixture
def worker(settings):
    factory = FakeFactory(settings, anthropic_client=FakeAnthropic(reply="Theme: leave"))
    with mock.patch("hrassist.worker.AgreementSummarizer"):
        w = Worker(factory, Store(settings.database_path), notifier=mock.Mock(), threads=1)
    return w


def test_reindex_writes_chunks(worker, tmp_path):
    doc = tmp_path / "leave.md"
    doc.write_text("Annual leave is 25 days. " * 100)
    worker._do_reindex({"kind": "reindex", "path": str(doc)})
    rows = worker.store.chunks.list()
    assert rows and rows[0]["doc_id"] == "leave"


def test_weekly_digest_is_tracked(worker):
    worker.store.questions.create(user_id="u", question="How much leave?", answer="25", provider="openai")
    with mock.patch("hrassist.worker.llm_tracker") as tracker:
        tracker.track_llm_call.return_value.__aenter__.return_value = mock.Mock()
        worker._do_weekly_digest({"kind": "weekly_digest"})
    tracker.track_llm_call.assert_called_once()
    worker.notifier.post.assert_called_once()


def test_keywords_uses_local_model(worker):
    with mock.patch("hrassist.worker.ollama") as fake_ollama:
        fake_ollama.generate.return_value = {"response": "leave, holiday, pto"}
        worker._do_keywords({"kind": "keywords", "text": "Annual leave policy", "doc_id": "leave"})
    assert fake_ollama.generate.call_args.kwargs["model"] == "llama3.1:8b"
