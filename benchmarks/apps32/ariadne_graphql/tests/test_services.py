from __future__ import annotations

from unittest.mock import patch

import pytest

from kb_api.services.embeddings import EmbeddingService
from kb_api.services.summarizer import Summarizer
from kb_api.services.tagging import _parse_tags, suggest_tags
from tests.conftest import FakeOpenAI


@pytest.mark.asyncio
async def test_summarizer_uses_text_blocks(fake_llm, article):
    summary = await Summarizer(fake_llm.anthropic, model="claude-test").summarize(article)
    assert summary == "A summary."
    fake_llm.anthropic.messages.create.assert_awaited_once()


@pytest.mark.asyncio
async def test_embed_texts_batches():
    service = EmbeddingService(FakeOpenAI(), model="emb-test")
    vectors = await service.embed_texts(["a", "b"])
    assert len(vectors) == 2


def test_parse_tags_handles_code_fences():
    assert _parse_tags('```json\n["ci-cd", "Deploy", "x"]\n```', 5) == ["ci-cd", "deploy"]


@pytest.mark.asyncio
async def test_suggest_tags_goes_through_service():
    with patch("kb_api.services.tagging.multi_model_service.generate_response") as gen:
        gen.return_value = '["k8s", "helm"]'
        assert await suggest_tags("t", "b") == ["k8s", "helm"]


def test_legacy_tags_with_mocked_litellm():
    with patch("kb_api.services.tagging.completion") as fake_completion:
        fake_completion.return_value.choices = [type("C", (), {"message": type("M", (), {"content": '["a1"]'})()})()]
        from kb_api.services.tagging import suggest_tags_legacy

        assert suggest_tags_legacy("t", "b") == ["a1"]


@pytest.mark.asyncio
async def test_rerank_keeps_single_hit(article):
    from kb_api.models import SearchHit
    from kb_api.services.rerank import rerank_articles

    hits = [SearchHit(article=article, score=0.5)]
    assert await rerank_articles(None, "q", hits) == hits


@pytest.mark.asyncio
async def test_answer_fast_path_uses_groq(fake_llm, article):
    from kb_api.services.qa import AnswerService

    service = AnswerService(fake_llm, embeddings=None, db=None)
    answer = await service._answer_fast("how?", "[1] ctx", [article])
    assert answer.text == "fast"
    assert fake_llm.groq.chat.completions.calls[0]["max_tokens"] == 500


def test_chunk_text_respects_limit():
    from kb_api.utils.text import chunk_text

    text = ("para " * 300 + "\n\n") * 5
    chunks = chunk_text(text, max_chars=2000, overlap=100)
    assert all(len(c) <= 2000 for c in chunks)
    assert len(chunks) > 1


def test_estimate_tagging_cost_is_offline():
    with patch("kb_api.services.tagging.litellm") as fake_litellm:
        fake_litellm.token_counter.return_value = 100
        fake_litellm.cost_per_token.return_value = (0.001, 0.0)
        from kb_api.services.tagging import estimate_tagging_cost

        assert estimate_tagging_cost("t", "b") == 0.001
