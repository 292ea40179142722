import asyncio
from types import SimpleNamespace
from unittest import mock

from supportbot.periodic import StaleTicketSummarizer
from supportbot.services.embeddings import EmbeddingService
from supportbot.services.llm_usage_tracker import LLMUsageTracker
from supportbot.services.grok import SentimentAnalyzer
from supportbot.services.reranker import Reranker, rerank_passages
from tests.fakes import FakeAnthropic, FakeCohere, FakeOpenAI, FakeTicketStore, FakeVoyage


def run(coro):
    return asyncio.get_event_loop().run_until_complete(coro)


def test_embed_documents_batches():
    vo = FakeVoyage()
    svc = EmbeddingService(vo, model="voyage-3")
    vectors = run(svc.embed_documents(["x"] * 130))
    assert len(vectors) == 130
    assert len(vo.calls) == 3
    assert all(c[2] == "document" for c in vo.calls)


def test_rerank_filters_low_scores():
    passages = [{"id": i, "text": "t%d" % i} for i in range(10)]
    rr = Reranker(FakeCohere(), min_score=0.75)
    ranked = run(rr("q", passages, top_n=5))
    assert [p["id"] for p in ranked] == [9, 8, 7]


def test_rerank_empty_short_circuits():
    co = mock.AsyncMock()
    assert run(rerank_passages(co, "q", [])) == []
    co.rerank.assert_not_called()


def test_sentiment_parses_json():
    analyzer = SentimentAnalyzer(FakeOpenAI(reply='{"score": 7, "reason": "angry"}'))
    assert run(analyzer.score("WHY IS THIS BROKEN"))["score"] == 7


def test_sentiment_handles_garbage():
    client = mock.MagicMock()
    client.chat.completions.create = mock.AsyncMock(return_value=SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content="not json"))]))
    assert run(SentimentAnalyzer(client).score("hi"))["reason"] == "unparseable"


def test_summarizer_writes_summaries(monkeypatch):
    tracker = LLMUsageTracker()
    monkeypatch.setattr("supportbot.periodic.llm_tracker", tracker)
    store = FakeTicketStore()
    loop = asyncio.new_event_loop()
    tid = loop.run_until_complete(store.create("acme", "a@b.c", "s", "b"))
    summarizer = StaleTicketSummarizer(store, FakeAnthropic(reply="short"), model="claude-test")
    loop.run_until_complete(summarizer.run())
    assert store.summaries[tid] == "short"
    assert tracker._buffer and tracker._buffer[0]["feature_context"] == "stale_summary"


def test_costs_table():
    from supportbot.utils.costs import estimate_cost
    assert estimate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15
    assert estimate_cost("unknown-model", 10, 10) == 0.0
