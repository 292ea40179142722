import asyncio
from unittest import mock

import pandas as pd

from deskassist.services.llm_usage_tracker import UsageLog, llm_tracker
from deskassist.services.market_data import fake_settlements
from deskassist.services.retrieval import rerank
from deskassist.services.risk_commentary import RiskCommentator
from deskassist.services.summarizer import BriefSummarizer, TrackedBriefSummarizer


def test_summarize_uses_responses(fake_openai):
    summ = BriefSummarizer(client=fake_openai, model="gpt-4o-mini")
    out = summ.summarize("TTF", "M+1", fake_settlements("TTF", "M+1", 5))
    assert out == "fake answer"
    assert fake_openai.responses.calls[0]["model"] == "gpt-4o-mini"
    assert "TTF M+1" in fake_openai.responses.calls[0]["input"]


def test_falls_back_to_mistral(fake_openai, fake_mistral):
    def boom(**kw):
        raise RuntimeError("openai down")

    fake_openai.responses.create = boom
    summ = BriefSummarizer(client=fake_openai, mistral=fake_mistral)
    assert summ.summarize("NBP", "Q+1", fake_settlements("NBP", "Q+1", 5)) == "mistral brief"
    assert fake_mistral.chat.calls


def test_tracked_summarizer_records_usage():
    class AsyncResponses:
        async def create(self, **kwargs):
            from types import SimpleNamespace

            return SimpleNamespace(output_text="ok", usage=SimpleNamespace(input_tokens=12, output_tokens=34))

    class AsyncFake:
        responses = AsyncResponses()

    summ = TrackedBriefSummarizer(client=AsyncFake(), model="gpt-4o-mini")
    out = asyncio.run(summ.asummarize("TTF", "M+1", fake_settlements("TTF", "M+1", 5)))
    assert out == "ok"
    log = llm_tracker.recent(1)[0]
    assert (log.input_tokens, log.output_tokens) == (12, 34)
    assert log.feature_context == "morning_brief"


def test_fake_client_shape(fake_openai):
    resp = fake_openai.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}])
    assert resp.choices[0].message.content == "fake answer"


def test_commentary_text(fake_bedrock):
    rc = RiskCommentator(fake_bedrock, model_id="test-model")
    text = rc.commentary(pd.DataFrame({"tenor": ["M+1"], "TTF": [100]}), {"var95_eur": 1.0})
    assert text == "risk looks fine"
    assert fake_bedrock.calls[0]["modelId"] == "test-model"


def test_rerank_orders(fake_cohere):
    out = rerank("gas storage", ["a", "b", "c"], top_n=2)
    assert [d for d, _ in out] == ["a", "b"]
    assert fake_cohere.rerank_calls[0]["top_n"] == 2


def test_rerank_empty_does_not_call(fake_cohere):
    assert rerank("q", []) == []
    assert fake_cohere.rerank_calls == []


def test_bedrock_mock_converse():
    runtime = mock.MagicMock()
    runtime.converse.return_value = {"output": {"message": {"content": [{"text": "hi"}]}}, "usage": {}}
    rc = RiskCommentator(runtime, model_id="m")
    assert rc.commentary(pd.DataFrame({"x": [1]}), {}) == "hi"
    runtime.converse.assert_called_once()


def test_news_digest_many_skips_failures(fake_openai):
    from deskassist.services.news_search import NewsSearcher

    calls = {"n": 0}
    original = fake_openai.chat.completions.create

    def flaky(**kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("rate limited")
        return original(**kwargs)

    fake_openai.chat.completions.create = flaky
    searcher = NewsSearcher(client=fake_openai, model="sonar")
    digests = searcher.digest_many(["gas storage", "wind"])
    assert [d.topic for d in digests] == ["wind"]


def test_usage_summary_by_feature():
    llm_tracker._record(
        UsageLog(provider="openai", model="gpt-4o-mini", feature_context="chat", input_tokens=1000, output_tokens=500)
    )
    summary = llm_tracker.summary_by_feature()
    assert summary["chat"]["calls"] == 1
    assert summary["chat"]["cost_usd"] > 0
