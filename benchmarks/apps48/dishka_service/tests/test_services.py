from __future__ import annotations

from unittest.mock import AsyncMock
from uuid import uuid4

import pytest

from app.domain.models import AskRequest, Chunk, Document, ScoredChunk
from app.domain.chunking import batched, chunk_text, split_paragraphs
from app.services.classifier import TopicClassifier
from app.services.pricing import completion_cost, estimate_cost
from app.services.reports import ReportGenerator
from app.services.embedding_service import EmbeddingService
from app.services.qa_service import QAService
from app.services.summary_service import SummaryService


async def test_embed_documents_batches(container, fake_voyage):
    service = await container.get(EmbeddingService)
    vectors = await service.embed_documents([f"t{i}" for i in range(300)])
    assert len(vectors) == 300
    assert fake_voyage.embed_calls == 3


async def test_summary_uses_claude_and_tracks(container, fake_anthropic):
    service = await container.get(SummaryService)
    text, backend = await service.summarize(Document(title="Q3", text="Revenue grew."))
    assert backend == "anthropic"
    assert text.startswith("- point one")
    assert fake_anthropic.messages.calls[0]["max_tokens"] == 1024


async def test_classifier_filters_unknown_topics(container):
    classifier = await container.get(TopicClassifier)
    assert await classifier.classify("quarterly numbers") == ["finance"]


async def test_qa_answer_with_mocked_repo(fake_openai, fake_anthropic, fake_voyage, container):
    embeddings = await container.get(EmbeddingService)
    chunk = Chunk(document_id=uuid4(), ordinal=0, text="The sky is blue.")
    repo = AsyncMock()
    repo.nearest.return_value = [ScoredChunk(chunk, 0.9)]
    reranker = AsyncMock()
    reranker.rerank.return_value = [ScoredChunk(chunk, 0.95)]
    settings = await container.get(__import__("app.config", fromlist=["Settings"]).Settings)
    qa = QAService(settings, fake_openai, fake_anthropic, embeddings, reranker, repo)

    resp = await qa.answer(AskRequest(question="What colour is the sky?"))

    assert resp.answer == "fake answer [1]"
    assert resp.citations[0].chunk_id == chunk.id
    assert fake_openai.calls[0]["temperature"] == 0.1


async def test_qa_falls_back_to_claude_on_rate_limit(fake_anthropic, container):
    from openai import RateLimitError

    client = AsyncMock()
    client.chat.completions.create.side_effect = RateLimitError(
        "slow down", response=AsyncMock(status_code=429, headers={}), body=None
    )
    qa = QAService.__new__(QAService)
    qa.openai = client
    qa.anthropic = fake_anthropic
    qa.settings = await container.get(__import__("app.config", fromlist=["Settings"]).Settings)
    qa.retrieve = AsyncMock(return_value=[])

    resp = await qa.answer(AskRequest(question="anything?"))
    assert resp.model == qa.settings.anthropic_fast_model
    client.chat.completions.create.assert_awaited_once()


@pytest.mark.parametrize("backend", ["bedrock"])
async def test_bedrock_summary_path(container, backend):
    service = await container.get(SummaryService)
    service._settings.summary_backend = backend
    text, used = await service.summarize(Document(title="x", text="y"))
    assert (text, used) == ("bedrock summary", "bedrock")

def test_split_paragraphs_drops_blank():
    assert split_paragraphs("a\n\n\n b \n\n") == ["a", "b"]


def test_chunk_text_respects_max():
    text = "\n\n".join("x" * 500 for _ in range(10))
    chunks = list(chunk_text(text, max_chars=1200, overlap=100))
    assert all(len(c) <= 1200 for c in chunks)
    assert len(chunks) >= 4


def test_batched():
    assert list(batched([1, 2, 3, 4, 5], 2)) == [[1, 2], [3, 4], [5]]


def test_cost_estimates():
    assert estimate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15
    assert completion_cost({"prompt_tokens": 1_000_000, "completion_tokens": 1_000_000}, "gpt-4o") == 12.5
    assert estimate_cost("unknown-model", 10, 10) == 0.0


def test_report_generate():
    report = ReportGenerator(Document(title="t", text="Hello world.\n\nAnother paragraph here.")).generate()
    assert report["paragraphs"] == 2
